package dev.salescycle.host.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class SqlErrorsTest {

    @Test
    void connectionProblemsMeanUnavailable() {
        assertThat(SqlErrors.translate("x", new SQLException("refused", "08001")))
                .isInstanceOf(StoreUnavailableException.class).hasMessageContaining("x failed: refused");
        assertThat(SqlErrors.translate("x", new SQLTransientConnectionException("pool timed out")))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(SqlErrors.translate("x", new SQLException("terminating connection", "57P01")))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(SqlErrors.translate("x", new SQLException("Connection is broken", "90067")))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(SqlErrors.translate("x", new RuntimeException("pool init", new ConnectException("refused"))))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void lostRacesAreConflictsAndTheRestPlainFailures() {
        assertThat(SqlErrors.translate("x", new SQLException("duplicate key", "23505")))
                .isInstanceOf(ConflictException.class);
        assertThat(SqlErrors.translate("x", new SQLException("deadlock", "40P01")))
                .isInstanceOf(ConflictException.class);
        StoreException syntax = SqlErrors.translate("x", new SQLException("syntax", "42601"));
        assertThat(syntax).isNotInstanceOf(ConflictException.class).isNotInstanceOf(StoreUnavailableException.class);
        assertThat(syntax).hasCauseInstanceOf(SQLException.class);
        assertThat(SqlErrors.translate("x", new SQLException("no state"))).isExactlyInstanceOf(StoreException.class);
    }
}
