package dev.salescycle.host.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mockito.InOrder;

/**
 * On an embedded H2 database no commit starts while another runs (see {@link Jdbc}); elsewhere commits run side by
 * side. The connections are Mockito seams: the first transaction's commit is held until the test lets it go.
 */
@Timeout(60)
class JdbcCommitsTest {

    private final DataSource dataSource = mock(DataSource.class);
    private final Connection first = mock(Connection.class);
    private final Connection second = mock(Connection.class);
    private final CountDownLatch firstCommitting = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);

    JdbcCommitsTest() throws SQLException {
        when(dataSource.getConnection()).thenReturn(first, second);
        doAnswer(call -> {
            firstCommitting.countDown();
            assertThat(releaseFirst.await(30, TimeUnit.SECONDS)).isTrue();
            return null;
        }).when(first).commit();
    }

    @Test
    void onEmbeddedH2ACommitWaitsForTheOneRunning() throws Exception {
        Jdbc jdbc = jdbc(true);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> jdbc.transaction("one", c -> null));
        assertThat(firstCommitting.await(30, TimeUnit.SECONDS)).isTrue();
        Thread two = new Thread(() -> jdbc.autoCommit("two", c -> null), "second-transaction");
        two.start();

        // Nothing else in the second transaction can wait: WAITING is the commit lock.
        await().atMost(Duration.ofSeconds(30)).until(() -> two.getState() == Thread.State.WAITING);
        verify(second, never()).commit();

        releaseFirst.countDown();
        one.get(30, TimeUnit.SECONDS);
        two.join(TimeUnit.SECONDS.toMillis(30));
        assertThat(two.isAlive()).isFalse();
        InOrder order = inOrder(second);
        order.verify(second).setAutoCommit(false);
        order.verify(second).commit();
    }

    @Test
    void elsewhereCommitsRunSideBySide() throws Exception {
        Jdbc jdbc = jdbc(false);
        CompletableFuture<Void> one = CompletableFuture.runAsync(() -> jdbc.transaction("one", c -> null));
        assertThat(firstCommitting.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture.runAsync(() -> jdbc.transaction("two", c -> null)).get(30, TimeUnit.SECONDS);
        verify(second).commit();

        releaseFirst.countDown();
        one.get(30, TimeUnit.SECONDS);
    }

    private Jdbc jdbc(boolean oneCommitAtATime) {
        return new Jdbc(dataSource, new Reopen(mock(HikariDataSource.class), Dialect.POSTGRESQL), oneCommitAtATime);
    }
}
