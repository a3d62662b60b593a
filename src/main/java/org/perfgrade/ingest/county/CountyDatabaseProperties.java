package org.perfgrade.ingest.county;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * 县区数据库: counties that keep their lists in a database of their own instead of sending spreadsheets. Each source
 * names its county, the submission kind, the JDBC connection and either a query or a table whose columns carry the
 * same headers as the spreadsheet (统一社会信用代码, 企业名称, … or the template's other spellings).
 */
@ConfigurationProperties("perfgrade.ingest")
public record CountyDatabaseProperties(List<Source> databases) {

    public CountyDatabaseProperties {
        databases = databases == null ? List.of() : List.copyOf(databases);
    }

    /**
     * One county database.
     *
     * @param kind  ledger / improvement / application / violation / expert
     * @param query a SELECT returning the columns, or null when {@code table} is given
     * @param table a table (or view) name, read whole; letters, digits, _ and . only
     */
    public record Source(String county, String kind, String url, String user, String password, String query,
                         String table) {
    }
}
