package org.perfgrade;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The database perfgrade works on: MySQL (or MariaDB) when {@code PERFGRADE_DB_URL} is set, otherwise the
 * embedded H2 file database under the data folder. Bound from {@code PERFGRADE_DB_URL}, {@code PERFGRADE_DB_USER}
 * and {@code PERFGRADE_DB_PASSWORD} (or {@code perfgrade.db.*}).
 */
@ConfigurationProperties("perfgrade.db")
public record DatabaseProperties(String url, String user, String password) {

    public boolean isExternal() {
        return url != null && !url.isBlank();
    }
}
