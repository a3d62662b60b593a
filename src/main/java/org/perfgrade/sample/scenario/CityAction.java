package org.perfgrade.sample.scenario;

/** 市级操作: what the city itself does on a day of the scenario, besides receiving county files. */
public sealed interface CityAction {

    /** 市级更正: the city corrects a line's grade, with its reason (a CORRECTION grade event). */
    record Correction(String creditCode, String industry, String branch, String grade, String reason)
            implements CityAction {
    }

    /** 通报批评: an expert criticised city-wide and barred for three years from the day. */
    record ExpertBar(String name, String organisation, String notice) implements CityAction {
    }
}
