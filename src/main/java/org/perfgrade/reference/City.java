package org.perfgrade.reference;

/** 省辖市: the city running the campaign (the 省辖市 column of 附件2). */
public record City(String name, String code, String province) {
}
