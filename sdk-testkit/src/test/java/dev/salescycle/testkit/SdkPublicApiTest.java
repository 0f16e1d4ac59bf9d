package dev.salescycle.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.sdk.ConversionOffer;
import dev.salescycle.sdk.LeadCapture;
import dev.salescycle.sdk.OrderHistory;
import dev.salescycle.sdk.PluginContext;
import dev.salescycle.sdk.PluginState;
import dev.salescycle.sdk.ProductCatalog;
import dev.salescycle.sdk.RetentionOffer;
import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.SalesCycleSdk;
import dev.salescycle.sdk.ThankYouPage;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.BlockType;
import dev.salescycle.sdk.model.Cart;
import dev.salescycle.sdk.model.CartLine;
import dev.salescycle.sdk.model.Customer;
import dev.salescycle.sdk.model.Lead;
import dev.salescycle.sdk.model.LeadOutcome;
import dev.salescycle.sdk.model.MessageContent;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.sdk.model.Offer;
import dev.salescycle.sdk.model.OfferType;
import dev.salescycle.sdk.model.Order;
import dev.salescycle.sdk.model.PageBlock;
import dev.salescycle.sdk.model.Product;
import dev.salescycle.sdk.model.Recommendation;
import dev.salescycle.sdk.model.ScheduledMessage;
import dev.salescycle.sdk.model.ScoredLead;
import dev.salescycle.sdk.settings.SettingProblem;
import dev.salescycle.sdk.settings.SettingSpec;
import dev.salescycle.sdk.settings.SettingType;
import dev.salescycle.sdk.settings.Settings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole public SDK as a plugin author uses it: one hook of each stage written against the API, every value
 * type built and read, every factory used, settings of each type read through the test kit's context. If a
 * change to the SDK breaks this file, it breaks plugins.
 */
@org.junit.jupiter.api.Timeout(60)
class SdkPublicApiTest {

    static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    static final Currency EUR = Currency.getInstance("EUR");

    /** Stage 1: scores by source, sorts into groups, rejects a blocked domain. */
    static final class SourceScoring implements LeadCapture {
        @Override
        public List<SettingSpec> settingSpecs() {
            return List.of(SettingSpec.of("blockedDomains", SettingType.STRING_LIST, null, "Domains to reject."),
                    SettingSpec.of("hotScore", SettingType.INTEGER, "50", "Score from which a lead is hot.").range(0, 100));
        }

        @Override
        public LeadOutcome capture(ScoredLead lead, PluginContext context) {
            String domain = lead.lead().email().substring(lead.lead().email().indexOf('@') + 1);
            if (context.settings().stringList("blockedDomains").contains(domain)) {
                return LeadOutcome.reject("blocked domain " + domain);
            }
            ScoredLead scored = lead.withScore(lead.score() + ("referral".equals(lead.lead().source()) ? 60 : 10))
                    .withAttribute("emailDomain", domain).withAttribute("visitor", lead.lead().visitorId())
                    .withAttribute("greeting", lead.lead().name() != null ? lead.lead().name() : "there");
            String group = scored.score() >= context.settings().integer("hotScore") ? "hot" : "cold";
            return LeadOutcome.accept(scored.withSegments(lead.lead().marketingConsent() ? Set.of(group, "mailable")
                    : Set.of(group)));
        }
    }

    /** Stage 2: free shipping or a nudge towards it, a first-order coupon or a loyalty discount, a bundle. */
    static final class ShippingNudge implements ConversionOffer {
        @Override
        public Set<String> runsBefore() {
            return Set.of("free-gift");
        }

        @Override
        public List<SettingSpec> settingSpecs() {
            return List.of(SettingSpec.of("threshold", SettingType.DECIMAL, "50.00", "Free shipping from this subtotal."),
                    SettingSpec.of("couponPercent", SettingType.DECIMAL, "10", "First-order discount.").range(0, 50));
        }

        @Override
        public List<Offer> offers(Cart cart, PluginContext context) {
            Money threshold = new Money(context.settings().decimal("threshold"), cart.currency());
            List<Offer> offers = new ArrayList<>();
            if (cart.subtotal().compareTo(threshold) < 0) {
                Money missing = threshold.minus(cart.subtotal());
                offers.add(new Offer("shipping-nudge", OfferType.NUDGE, "Free shipping",
                        "Add " + missing + " more for free shipping", null, null, null, Map.of("missing", missing)));
            } else {
                offers.add(new Offer("free-shipping", OfferType.FREE_SHIPPING, "Free shipping", null, null, null, null,
                        null));
            }
            if (cart.customerEmail() != null && context.orders().ordersOf(cart.customerEmail()).isEmpty()) {
                BigDecimal percent = context.settings().decimal("couponPercent");
                offers.add(new Offer("first-order", OfferType.COUPON, "Welcome", null,
                        cart.subtotal().times(percent.movePointLeft(2)), percent, "WELCOME", null));
            } else if (cart.customerEmail() != null) {
                offers.add(new Offer("loyalty", OfferType.DISCOUNT, "Thanks for coming back", null,
                        cart.subtotal().times(new BigDecimal("0.05")), new BigDecimal("5"), null, null));
            }
            if (cart.lines().stream().anyMatch(l -> l.sku().equals("beans")) && !cart.contains("filters")) {
                offers.add(new Offer("beans-filters", OfferType.BUNDLE, "Beans with filters", null, null, null, null,
                        Map.of("add", "filters")));
            }
            return offers;
        }
    }

    /** Stage 2, a paid add-on (SDK 1.1.0): gift wrapping at a MONEY price, for carts of a few items only. */
    static final class GiftWrap implements ConversionOffer {
        @Override
        public List<SettingSpec> settingSpecs() {
            return List.of(SettingSpec.of("price", SettingType.MONEY, "2.50", "Price of gift wrapping.").range(0, 20),
                    SettingSpec.of("maxItems", SettingType.INTEGER, "5", "Most items wrapped in one parcel."));
        }

        @Override
        public List<SettingProblem> validate(Settings settings) {
            return settings.integer("maxItems") < 1 && settings.money("price").amount().signum() > 0
                    ? List.of(new SettingProblem("maxItems", "expected at least 1 item when wrapping has a price"))
                    : List.of();
        }

        @Override
        public List<Offer> offers(Cart cart, PluginContext context) {
            if (cart.lines().stream().mapToInt(CartLine::quantity).sum() > context.settings().integer("maxItems")) {
                return List.of();
            }
            return List.of(Offer.addOn("gift-wrap", "Gift wrapping", "Wrapped with a card",
                    context.settings().money("price")));
        }
    }

    /** Stage 3: products not in the cart, best sellers first, remembering what it last recommended. */
    static final class BestSellers implements Upsell {
        @Override
        public Set<String> runsAfter() {
            return Set.of("co-purchase-upsell");
        }

        @Override
        public List<SettingSpec> settingSpecs() {
            return List.of(SettingSpec.of("rankBy", SettingType.STRING, "orders", "How to rank.").oneOf("orders", "name"));
        }

        @Override
        public List<Recommendation> recommend(Cart cart, PluginContext context) {
            List<Recommendation> out = context.products().all().stream().filter(p -> !cart.contains(p.sku()))
                    .map(p -> new Recommendation(p.sku(), p.name(), p.price(), 1.0, "Popular", Map.of("rank", 1)))
                    .toList();
            out.stream().findFirst().ifPresent(r -> context.state().put("last", r.sku()));
            return out;
        }
    }

    /** Stage 4: every kind of block. */
    static final class Thanks implements ThankYouPage {
        @Override
        public List<PageBlock> blocks(Order order, Customer customer, PluginContext context) {
            String name = order.customerName() != null ? order.customerName() : customer.name();
            return List.of(PageBlock.heading("Thank you, " + name),
                    PageBlock.text("Order " + order.orderId() + " of " + order.total() + ", " + order.lines().size()
                            + " item(s) in " + order.currency() + "; receipt sent to " + order.customerEmail()),
                    PageBlock.coupon(customer.marketingConsent() ? "NEXT10" : "THANKS", "10% off your next order"),
                    PageBlock.referral("REF-" + order.orderId(), "Share and save", "https://shop.example/r"),
                    PageBlock.link("Brewing guide", "/guide"),
                    new PageBlock(BlockType.IMAGE, "A cup", null, "/cup.png", null),
                    new PageBlock(BlockType.HTML, null, "<p>Enjoy</p>", null, null));
        }
    }

    /** Stage 5: a review request after a settable delay, not wanted once the customer ordered again. */
    static final class ReviewRequest implements RetentionOffer {
        @Override
        public List<SettingSpec> settingSpecs() {
            return List.of(SettingSpec.of("after", SettingType.DURATION, "P14D", "Delay after the order."),
                    SettingSpec.of("enabled", SettingType.BOOLEAN, "true", "Whether to ask at all."),
                    SettingSpec.of("texts", SettingType.STRUCTURE, null, "Subject and body per template."));
        }

        @Override
        public List<ScheduledMessage> schedule(Order order, Customer customer, PluginContext context) {
            if (!context.settings().bool("enabled")) {
                return List.of();
            }
            return List.of(new ScheduledMessage("review-" + order.orderId(), "review-request",
                    order.placedAt().plus(context.settings().duration("after")), true,
                    Map.of("orderId", order.orderId(), "to", customer.email())));
        }

        @Override
        public boolean stillWanted(ScheduledMessage message, Customer customer, PluginContext context) {
            return customer.orderCount() == 1;
        }

        @Override
        @SuppressWarnings("unchecked")
        public MessageContent render(ScheduledMessage message, Customer customer, PluginContext context) {
            Map<String, Object> texts = (Map<String, Object>) context.settings().structure("texts").orElse(Map.of());
            String subject = String.valueOf(texts.getOrDefault("subject", "How was your order?"));
            return new MessageContent(subject, "Order " + message.data().get("orderId"), null);
        }
    }

    private static Product product(String sku, String name, String price) {
        return new Product(sku, name, Money.of(price, "EUR"), "/p/" + sku, null);
    }

    private static Order order(String id, String email, Instant at, CartLine... lines) {
        Money total = Money.zero(EUR);
        for (CartLine line : lines) {
            total = total.plus(line.lineTotal());
        }
        return new Order(id, email, "Ada", EUR, List.of(lines), total, at);
    }

    /** A plugin using this file's members (GiftWrap: ADD_ON, MONEY, validate) requires SDK 1.1.0 within major 1. */
    @Test
    void theSdkVersionMeetsTheRequirementOfAPluginUsingThisApi() {
        org.pf4j.VersionManager versions = new org.pf4j.DefaultVersionManager();

        assertThat(versions.checkVersionConstraint(SalesCycleSdk.VERSION, ">=1.1.0 & <2.0.0")).isTrue();
        assertThat(versions.checkVersionConstraint(SalesCycleSdk.VERSION, ">=2.0.0")).isFalse();
    }

    @Test
    void aPaidAddOnHasAPriceInTheCartsCurrencyFromAMoneySetting() {
        GiftWrap hook = new GiftWrap();
        Cart cart = new Cart("c-3", null, EUR, List.of(new CartLine("mug", "Mug", 2, Money.of("9.00", "EUR"))));

        Offer wrap = hook.offers(cart, TestPluginContext.forHook(hook).setting("price", "3.5").build()).get(0);
        Offer full = new Offer("wrap", OfferType.ADD_ON, "Wrap", null, null, null, null, Map.of(), Money.of("1", "EUR"));

        assertThat(wrap.type()).isEqualTo(OfferType.ADD_ON);
        assertThat(wrap.price()).isEqualTo(Money.of("3.50", "EUR"));
        assertThat(wrap.discount()).isNull();
        assertThat(full.price()).hasToString("1.00 EUR");
        assertThat(new Offer("n", OfferType.NUDGE, "Nudge", null, null, null, null, null).price()).isNull();
        assertThatThrownBy(() -> new Offer("wrap", OfferType.ADD_ON, "Wrap", null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a price");
        assertThatThrownBy(() -> Offer.addOn("wrap", "Wrap", null, Money.of("-1", "EUR")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(hook.offers(cart, TestPluginContext.forHook(hook).setting("maxItems", 1).build())).isEmpty();
        assertThatThrownBy(() -> TestPluginContext.forHook(hook).setting("price", "2.555").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price: expected an amount in EUR with at most 2 decimals, got \"2.555\"");
        assertThat(SettingType.valueOf("MONEY")).isEqualTo(SettingType.MONEY);
    }

    @Test
    void aHooksOwnCheckRefusesSettingsTheTypesAllow() {
        GiftWrap hook = new GiftWrap();

        List<SettingProblem> none = hook.validate(TestPluginContext.forHook(hook).build().settings());
        InvalidSettingsException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidSettingsException.class,
                () -> TestPluginContext.forHook(hook).setting("maxItems", 0).build());

        assertThat(none).isEmpty();
        assertThat(refused.problems()).extracting(SettingProblem::setting, SettingProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("maxItems", "expected at least 1 item when wrapping has a price"));
        assertThat(new ShippingNudge().validate(null)).isEmpty();
    }

    /** Settings belong to the plugin: a hook reads a setting only another hook of its plugin declares. */
    @Test
    void aHookReadsASettingOnlyAnotherHookOfItsPluginDeclares() {
        GiftWrap declares = new GiftWrap();
        ConversionOffer reads = (cart, context) -> List.of(Offer.addOn("insurance", "Insurance", null,
                context.settings().money("price").times(BigDecimal.valueOf(2))));

        PluginContext context = TestPluginContext.forHook(declares, reads).setting("price", "1.25").build();

        assertThat(reads.offers(new Cart(null, null, EUR, List.of()), context)).extracting(Offer::price)
                .containsExactly(Money.of("2.50", "EUR"));
        assertThatThrownBy(() -> reads.offers(new Cart(null, null, EUR, List.of()), TestPluginContext.forHook(reads).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'price' is not declared");
    }

    @Test
    void leadCaptureScoresSortsAndRejects() {
        SourceScoring hook = new SourceScoring();
        PluginContext context = TestPluginContext.forHook(hook).setting("blockedDomains", List.of("spam.example")).build();
        Lead lead = new Lead("ada@example.org", "Ada", "referral", List.of("espresso"), true, "v-1");

        LeadOutcome accepted = hook.capture(ScoredLead.of(lead), context);
        LeadOutcome rejected = hook.capture(ScoredLead.of(new Lead("x@spam.example", null, null, null, false, null)), context);

        assertThat(accepted.rejected()).isFalse();
        assertThat(accepted.lead().score()).isEqualTo(60);
        assertThat(accepted.lead().segments()).containsExactlyInAnyOrder("hot", "mailable");
        assertThat(accepted.lead().attributes()).containsEntry("emailDomain", "example.org")
                .containsEntry("visitor", "v-1").containsEntry("greeting", "Ada");
        assertThat(hook.capture(new ScoredLead(lead, 5, List.of("vip"), Map.of()), context).lead().score()).isEqualTo(65);
        assertThat(accepted.lead().lead().interests()).containsExactly("espresso");
        assertThat(rejected.rejected()).isTrue();
        assertThat(rejected.rejectReason()).isEqualTo("blocked domain spam.example");
        assertThatThrownBy(() -> new LeadOutcome(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void conversionOffersComputeWithMoneyInTheCartsCurrency() {
        ShippingNudge hook = new ShippingNudge();
        PluginContext context = TestPluginContext.forHook(hook).build();
        Cart cart = new Cart("c-1", "new@example.org", EUR,
                List.of(new CartLine("beans", "Beans", 2, Money.of("12.50", "EUR"))));

        List<Offer> offers = hook.offers(cart, context);

        assertThat(cart.subtotal()).isEqualTo(Money.of("25.00", "EUR"));
        assertThat(offers).extracting(Offer::type).containsExactly(OfferType.NUDGE, OfferType.COUPON, OfferType.BUNDLE);
        assertThat(offers).extracting(Offer::id, Offer::title).first()
                .isEqualTo(org.assertj.core.groups.Tuple.tuple("shipping-nudge", "Free shipping"));
        CartLine beans = cart.lines().get(0);
        assertThat(List.of(beans.sku(), beans.name(), beans.quantity(), beans.unitPrice()))
                .containsExactly("beans", "Beans", 2, Money.of("12.50", "EUR"));
        assertThat(cart.cartId()).isEqualTo("c-1");
        assertThat(cart.subtotal().currency()).isEqualTo(EUR);
        assertThat(offers.get(0).details()).containsEntry("missing", Money.of("25", "EUR"));
        assertThat(offers.get(0).message()).isEqualTo("Add 25.00 EUR more for free shipping");
        assertThat(offers.get(1).discount()).isEqualTo(Money.of("2.50", "EUR"));
        assertThat(offers.get(1).percentOff()).isEqualByComparingTo("10");
        assertThat(offers.get(1).couponCode()).isEqualTo("WELCOME");
        assertThat(Money.of("1.005", "EUR").amount()).isEqualByComparingTo("1.00");
        assertThat(Money.of("-1", "EUR").isNegative()).isTrue();
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReturningCustomerOverTheThresholdGetsFreeShippingAndADiscount() {
        ShippingNudge hook = new ShippingNudge();
        CartLine grinder = new CartLine("grinder", "Grinder", 1, Money.of("60.00", "EUR"));
        PluginContext context = TestPluginContext.forHook(hook)
                .order(order("1", "ada@example.org", NOW, grinder)).build();
        Cart cart = new Cart("c-2", "ada@example.org", EUR, List.of(grinder));

        List<Offer> offers = hook.offers(cart, context);

        assertThat(offers).extracting(Offer::type).containsExactly(OfferType.FREE_SHIPPING, OfferType.DISCOUNT);
        assertThat(offers.get(1).discount()).isEqualTo(Money.of("3.00", "EUR"));
    }

    @Test
    void upsellReadsTheCatalogueAndKeepsState() {
        BestSellers hook = new BestSellers();
        InMemoryPluginState state = new InMemoryPluginState();
        PluginContext context = TestPluginContext.forHook(hook).state(state)
                .product(product("mug", "Mug", "8.00")).product(product("beans", "Beans", "12.50")).build();
        Cart cart = new Cart(null, null, EUR, List.of(new CartLine("beans", null, 1, Money.of("12.50", "EUR"))));

        List<Recommendation> recommendations = hook.recommend(cart, context);

        assertThat(recommendations).extracting(Recommendation::sku).containsExactly("mug");
        assertThat(recommendations.get(0).evidence()).containsEntry("rank", 1);
        Recommendation mug = recommendations.get(0);
        assertThat(List.of(mug.name(), mug.price(), mug.score(), mug.reason()))
                .containsExactly("Mug", Money.of("8.00", "EUR"), 1.0, "Popular");
        ProductCatalog catalog = context.products();
        assertThat(catalog.find("beans")).map(Product::name).contains("Beans");
        assertThat(catalog.find("tea")).isEmpty();
        assertThat(catalog.find("mug")).get().satisfies(p -> {
            assertThat(p.url()).isEqualTo("/p/mug");
            assertThat(p.imageUrl()).isNull();
        });
        PluginState kept = context.state();
        assertThat(kept.get("last")).contains("mug");
        kept.remove("last");
        assertThat(state.snapshot()).isEmpty();
        assertThat(context.settings().string("rankBy")).contains("orders");
        assertThatThrownBy(() -> TestPluginContext.forHook(hook).setting("rankBy", "price").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rankBy");
    }

    @Test
    void thankYouPageUsesEveryKindOfBlock() {
        Thanks hook = new Thanks();
        Order order = order("1001", "ada@example.org", NOW, new CartLine("beans", "Beans", 1, Money.of("12.50", "EUR")));
        Customer customer = new Customer("ada@example.org", "Ada", true, 1, NOW, NOW);

        List<PageBlock> blocks = hook.blocks(order, customer, TestPluginContext.forHook(hook).build());

        assertThat(blocks).extracting(PageBlock::type).containsExactly(BlockType.HEADING, BlockType.TEXT,
                BlockType.COUPON, BlockType.REFERRAL, BlockType.LINK, BlockType.IMAGE, BlockType.HTML);
        assertThat(blocks.get(0).title()).isEqualTo("Thank you, Ada");
        assertThat(blocks.get(1).text()).isEqualTo("Order 1001 of 12.50 EUR, 1 item(s) in EUR; receipt sent to ada@example.org");
        assertThat(blocks.get(2).code()).isEqualTo("NEXT10");
        assertThat(blocks.get(3).code()).isEqualTo("REF-1001");
        assertThat(blocks.get(3).url()).isEqualTo("https://shop.example/r");
        assertThat(blocks.get(4).title()).isEqualTo("Brewing guide");
    }

    @Test
    void retentionSchedulesRendersAndWithdrawsMessages() {
        ReviewRequest hook = new ReviewRequest();
        PluginContext context = TestPluginContext.forHook(hook)
                .setting("after", "P7D").setting("texts", Map.of("subject", "Tell us")).build();
        Order order = order("1001", "ada@example.org", NOW, new CartLine("beans", "Beans", 1, Money.of("12.50", "EUR")));
        Customer once = new Customer("ada@example.org", "Ada", true, 1, NOW, NOW);
        Customer again = new Customer("ada@example.org", "Ada", true, 2, NOW, NOW.plusSeconds(60));

        List<ScheduledMessage> messages = hook.schedule(order, once, context);
        MessageContent content = hook.render(messages.get(0), once, context);

        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.dueAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
            assertThat(m.marketing()).isTrue();
            assertThat(m.template()).isEqualTo("review-request");
            assertThat(m.key()).isEqualTo("review-1001");
            assertThat(m.data()).containsEntry("to", "ada@example.org");
        });
        assertThat(content.subject()).isEqualTo("Tell us");
        assertThat(content.text()).isEqualTo("Order 1001");
        assertThat(content.html()).isNull();
        assertThat(hook.stillWanted(messages.get(0), once, context)).isTrue();
        assertThat(hook.stillWanted(messages.get(0), again, context)).isFalse();
        assertThat(hook.schedule(order, once, TestPluginContext.forHook(hook).setting("enabled", false).build())).isEmpty();
    }

    @Test
    void theContextGivesShopClockOrdersAndCustomers() {
        SalesCycleHook quiet = new SalesCycleHook() { };
        Order first = order("1", "ada@example.org", NOW.minusSeconds(3600), new CartLine("beans", null, 1, Money.of("12.50", "EUR")));
        Order second = order("2", "ada@example.org", NOW, new CartLine("mug", null, 1, Money.of("8.00", "EUR")));
        PluginContext context = TestPluginContext.forHook(quiet).shop("tea-shop", "GBP").pluginId("my-plugin")
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).orders(List.of(second, first)).build();

        quiet.shopStarted(context);
        quiet.orderRecorded(second, context);
        quiet.orderPlaced(second, context);

        assertThat(quiet.settingSpecs()).isEmpty();
        assertThat(context.shopId()).isEqualTo("tea-shop");
        assertThat(context.pluginId()).isEqualTo("my-plugin");
        assertThat(context.currency()).isEqualTo(Currency.getInstance("GBP"));
        assertThat(context.clock().instant()).isEqualTo(NOW);
        OrderHistory orders = context.orders();
        assertThat(orders.count()).isEqualTo(2);
        assertThat(orders.ordersOf("ADA@example.org")).extracting(Order::orderId).containsExactly("1", "2");
        Optional<Customer> ada = orders.customer("ada@example.org");
        assertThat(ada).get().satisfies(c -> {
            assertThat(c.orderCount()).isEqualTo(2);
            assertThat(c.firstOrderAt()).isEqualTo(NOW.minusSeconds(3600));
            assertThat(c.lastOrderAt()).isEqualTo(NOW);
        });
        List<String> seen = new ArrayList<>();
        orders.forEach(o -> seen.add(o.orderId()));
        assertThat(seen).containsExactly("1", "2");
    }

    @Test
    void hooksStateWhichPluginsTheyRunBeforeAndAfter() {
        SalesCycleHook unordered = new SalesCycleHook() { };

        assertThat(unordered.runsBefore()).isEmpty();
        assertThat(unordered.runsAfter()).isEmpty();
        assertThat(new ShippingNudge().runsBefore()).containsExactly("free-gift");
        assertThat(new BestSellers().runsAfter()).containsExactly("co-purchase-upsell");
    }

    @Test
    void settingsOfEveryTypeAreValidatedAndTyped() {
        SettingSpec required = SettingSpec.of("apiKey", SettingType.STRING, null, "Key.").asRequired();
        SalesCycleHook hook = new SalesCycleHook() {
            @Override
            public List<SettingSpec> settingSpecs() {
                return List.of(required, new SettingSpec("ratio", SettingType.DECIMAL, "0.5", false,
                        BigDecimal.ZERO, BigDecimal.ONE, List.of(), "A share."));
            }
        };

        Settings settings = TestPluginContext.forHook(hook).setting("apiKey", "k-1").build().settings();

        assertThat(required.required()).isTrue();
        assertThat(required.help()).isEqualTo("Key.");
        SettingSpec ratio = hook.settingSpecs().get(1);
        assertThat(List.of(ratio.name(), ratio.type(), ratio.defaultValue())).containsExactly("ratio", SettingType.DECIMAL, "0.5");
        assertThat(ratio.min()).isEqualByComparingTo("0");
        assertThat(ratio.max()).isEqualByComparingTo("1");
        assertThat(SettingSpec.of("rankBy", SettingType.STRING, "orders", "How.").oneOf("orders", "name").allowedValues())
                .containsExactly("orders", "name");
        assertThat(settings.string("apiKey")).contains("k-1");
        assertThat(settings.decimal("ratio")).isEqualByComparingTo("0.5");
        assertThatThrownBy(() -> TestPluginContext.forHook(hook).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiKey");
        assertThatThrownBy(() -> TestPluginContext.forHook(hook).setting("apiKey", "k").setting("ratio", 2).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ratio");
        assertThatThrownBy(() -> settings.integer("ratio")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A new public type fails {@link #thisTestUsesEveryPublicTypeAndMemberOfTheSdk} until it is listed and used here. */
    @Test
    void thisTestUsesEveryPublicTypeAndMemberOfTheSdk() throws Exception {
        assertThat(SdkPublicMembers.types()).containsExactlyInAnyOrder(Stream.of(ConversionOffer.class,
                LeadCapture.class, OrderHistory.class, PluginContext.class, PluginState.class, ProductCatalog.class,
                RetentionOffer.class, SalesCycleHook.class, SalesCycleSdk.class, ThankYouPage.class, Upsell.class,
                BlockType.class, Cart.class, CartLine.class, Customer.class, Lead.class, LeadOutcome.class,
                MessageContent.class, Money.class, Offer.class, OfferType.class, Order.class, PageBlock.class,
                Product.class, Recommendation.class, ScheduledMessage.class, ScoredLead.class, SettingSpec.class,
                SettingType.class, Settings.class, SettingProblem.class).map(Class::getName).toArray(String[]::new));
        Set<String> used = SdkMembersUsed.by(SdkPublicApiTest.class);
        Set<String> unused = new java.util.TreeSet<>(SdkPublicMembers.members());
        unused.removeAll(used);

        assertThat(unused).as("SDK members this test does not use as a plugin author would; add a use").isEmpty();
    }
}
