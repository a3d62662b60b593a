package org.perfgrade.ingest.county;

/**
 * What is known about a file's county before it is opened: the {@code --county} option, or the inbox sub-folder
 * the file was found in.
 */
public record CountyHint(String name, String source) {

    public static final String OPTION = "OPTION";
    public static final String FOLDER = "FOLDER";

    public static CountyHint option(String name) {
        return name == null ? null : new CountyHint(name, OPTION);
    }

    public static CountyHint folder(String name) {
        return new CountyHint(name, FOLDER);
    }
}
