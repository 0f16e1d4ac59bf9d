package dev.salescycle.plugins.thankyou;

import dev.salescycle.plugins.support.ShopSecret;
import dev.salescycle.plugins.support.ShopSecrets;
import dev.salescycle.plugins.support.OrderCodes;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.ThankYouPage;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.PageBlock;
import dev.salescycle.sdk.settings.SettingSpec;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.Extension;

/**
 * Thank-you page blocks, top to bottom: a heading thanking the customer by first name, a summary of
 * the order, a referral code to share, a coupon for the next order, and the configured links.
 *
 * <p>The referral and coupon codes are derived from the shop id and order id with a keyed hash
 * (HMAC-SHA256), so the same order always gets the same codes and nobody can guess another order's
 * codes without the key. The key is the {@code referralSecret} setting, or else a random key made
 * once per shop and kept in the plugin's state. Blocks carry plain text only; the host escapes it.
 */
@Extension
public final class ThankYouReferral implements ThankYouPage {

    private final ShopSecrets secrets = new ShopSecrets();

    @Override
    public List<SettingSpec> settingSpecs() {
        return ThankYouSettings.specs();
    }

    @Override
    public void shopStarted(PluginContext context) {
        ThankYouSettings settings = ThankYouSettings.read(context.settings());
        ShopSecret.of(context.state(), settings.referralSecret());
    }

    @Override
    public List<PageBlock> blocks(Order order, Customer customer, PluginContext context) {
        ThankYouSettings settings = ThankYouSettings.read(context.settings());
        OrderCodes codes = new OrderCodes(secrets.of(context, settings.referralSecret()), context.shopId(),
                order.orderId());
        List<PageBlock> blocks = new ArrayList<>();
        blocks.add(PageBlock.heading(Greeting.heading(order, customer)));
        blocks.add(PageBlock.text(Greeting.summary(order)));
        String referral = settings.referralPrefix() + codes.code("referral");
        blocks.add(PageBlock.referral(referral, settings.referralText(), settings.referralUrl(referral)));
        if (settings.nextOrderCouponPercent() > 0) {
            String coupon = settings.couponPrefix() + codes.code("next-order-coupon");
            blocks.add(PageBlock.coupon(coupon, settings.couponText(order.placedAt())));
        }
        settings.links().forEach(link -> blocks.add(PageBlock.link(link.title(), link.url())));
        return blocks;
    }
}
