package dev.salescycle.plugins.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.testkit.InMemoryPluginState;
import dev.salescycle.testkit.TestPluginContext;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ShopSecretsTest {

    private final InMemoryPluginState state = new InMemoryPluginState();
    private final PluginContext context = TestPluginContext.forHook(new Hook()).shop("coffee", "EUR").state(state).build();
    private final ShopSecrets secrets = new ShopSecrets();

    @Test
    void aConfiguredSecretIsUsedAsGiven() {
        assertThat(secrets.of(context, "operator secret")).isEqualTo("operator secret".getBytes(StandardCharsets.UTF_8));
        assertThat(state.get(ShopSecret.STATE_KEY)).isEmpty();
    }

    @Test
    void aStoredSecretIsReadOnceAndKept() {
        byte[] made = secrets.of(context, null);
        assertThat(state.get(ShopSecret.STATE_KEY)).contains(Base64.getEncoder().encodeToString(made));

        assertThat(secrets.of(context, null)).isEqualTo(made);
        state.put(ShopSecret.STATE_KEY, Base64.getEncoder().encodeToString(new byte[32]));
        assertThat(secrets.of(context, null)).as("kept in memory once read").isEqualTo(made);
        assertThat(new ShopSecrets().of(context, null)).as("another instance reads the store").isEqualTo(new byte[32]);
    }

    @Test
    void aSecretJustMadeIsNotKeptSinceARacingFirstCallMayReplaceIt() {
        byte[] made = secrets.of(context, null);
        byte[] other = new byte[32];
        other[0] = 1;
        state.put(ShopSecret.STATE_KEY, Base64.getEncoder().encodeToString(other));

        assertThat(secrets.of(context, null)).isEqualTo(other).isNotEqualTo(made);
    }

    private static final class Hook implements ConversionOffer {
        @Override
        public List<Offer> offers(Cart cart, PluginContext context) {
            return List.of();
        }
    }
}
