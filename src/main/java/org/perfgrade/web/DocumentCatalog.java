package org.perfgrade.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 文档目录: reads {@code archived_document} for the console — the newest version of each document of a business
 * date, the dates there are, one version by its id.
 */
@Repository
public class DocumentCatalog {

    private static final String COLUMNS = "d.id, d.kind, d.as_of, d.county_code, d.path, d.sha256, d.size_bytes, "
            + "d.created_at";

    private final JdbcClient jdbc;

    public DocumentCatalog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest version of every document of the date, optionally of one kind, by kind, county and path. */
    public List<ConsoleDocument> newest(LocalDate asOf, String kindOrNull) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM archived_document d WHERE d.as_of = :asOf"
                        + (kindOrNull == null ? "" : " AND d.kind = :kind")
                        + " AND d.id = (SELECT MAX(x.id) FROM archived_document x WHERE x.kind = d.kind"
                        + " AND x.as_of = d.as_of AND x.path = d.path)"
                        + " ORDER BY d.kind, d.county_code, d.path")
                .param("asOf", asOf)
                .params(kindOrNull == null ? java.util.Map.of() : java.util.Map.of("kind", kindOrNull))
                .query(DocumentCatalog::map).list();
    }

    /** The newest version of the kind over all dates (e.g. the latest briefing). */
    public Optional<ConsoleDocument> latest(String kind) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM archived_document d WHERE d.kind = :kind "
                        + "ORDER BY d.as_of DESC, d.id DESC LIMIT 1")
                .param("kind", kind).query(DocumentCatalog::map).optional();
    }

    public Optional<ConsoleDocument> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM archived_document d WHERE d.id = :id")
                .param("id", id).query(DocumentCatalog::map).optional();
    }

    /** The newest version of the document at the path (e.g. the receipt an import just wrote). */
    public Optional<ConsoleDocument> newestByPath(String path) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM archived_document d WHERE d.path = :path "
                        + "ORDER BY d.id DESC LIMIT 1")
                .param("path", path).query(DocumentCatalog::map).optional();
    }

    /** The business dates with documents, newest first. */
    public List<LocalDate> dates() {
        return jdbc.sql("SELECT DISTINCT as_of FROM archived_document ORDER BY as_of DESC")
                .query(LocalDate.class).list();
    }

    /** The business dates with documents of the kind, newest first. */
    public List<LocalDate> dates(String kind) {
        return jdbc.sql("SELECT DISTINCT as_of FROM archived_document WHERE kind = :kind ORDER BY as_of DESC")
                .param("kind", kind).query(LocalDate.class).list();
    }

    private static ConsoleDocument map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ConsoleDocument(rs.getLong("id"), rs.getString("kind"), rs.getObject("as_of", LocalDate.class),
                rs.getString("county_code"), rs.getString("path"), rs.getString("sha256"), rs.getLong("size_bytes"),
                rs.getObject("created_at", LocalDateTime.class));
    }
}
