package dev.salescycle.host.service;

import dev.salescycle.host.dispatch.RunningShops;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.host.dispatch.ShopRuntime;
import dev.salescycle.host.store.ImportResult;
import dev.salescycle.host.store.OrderStreamStore;
import dev.salescycle.host.store.Store;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Order;
import java.io.EOFException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ImportServiceTest {

    private final ShopRuntime shop = mock(ShopRuntime.class);
    private final Store store = mock(Store.class);
    private final OrderStreamStore stream = mock(OrderStreamStore.class);
    private final ImportService imports = new ImportService(new RunningShops(Map.of("s", shop)), store, stream);

    @Test
    void theReportNamesTheStreamPositionAfterTheImport() {
        when(store.importOrders(eq("s"), anyList())).thenAnswer(call -> new ImportResult(((List<?>) call.getArgument(1)).size(), 0));
        when(stream.streamHead("s")).thenReturn(42L);

        ImportService.Report report = imports.run("s", session -> session.order(order(1)));

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.position()).isEqualTo(42L);
    }

    @Test
    void anImportBrokenOffAfterABatchWasStoredKeepsTheBatch() {
        when(store.importOrders(eq("s"), anyList())).thenAnswer(call -> new ImportResult(((List<?>) call.getArgument(1)).size(), 0));

        assertThatThrownBy(() -> imports.run("s", session -> {
            for (int i = 0; i < 2500; i++) {
                session.order(order(i));
            }
            throw new UncheckedIOException(new EOFException("client gone"));
        })).isInstanceOf(UncheckedIOException.class);

        verify(store, times(1)).importOrders(eq("s"), anyList());
    }

    @Test
    void anImportOfNothingValidStoresNothing() {
        assertThatThrownBy(() -> imports.run("s", session -> {
            session.badLine(1, "no items");
            throw new UncheckedIOException(new EOFException("client gone"));
        })).isInstanceOf(UncheckedIOException.class);

        verify(store, never()).importOrders(any(), anyList());
    }

    private static Order order(int i) {
        Money price = Money.of("1.00", "EUR");
        return new Order("o-" + i, null, null, Currency.getInstance("EUR"), List.of(new CartLine("a", "a", 1, price)),
                price, Instant.EPOCH);
    }
}
