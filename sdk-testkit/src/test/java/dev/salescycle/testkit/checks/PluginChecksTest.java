package dev.salescycle.testkit.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.salescycle.sdk.SalesCycleHook;
import dev.salescycle.sdk.Upsell;
import dev.salescycle.sdk.model.Money;
import dev.salescycle.testkit.checks.CheckResult.Outcome;
import com.example.plugin.BadDefault;
import com.example.plugin.BrokenStart;
import com.example.plugin.GoodUpsell;
import com.example.plugin.HangingLeads;
import com.example.plugin.Helper;
import com.example.plugin.NeedsApiKey;
import com.example.plugin.NullBlocks;
import com.example.plugin.SilentRetention;
import com.example.plugin.SlowUpsell;
import com.example.plugin.ThrowingOffers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.Extension;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class PluginChecksTest {

    @TempDir
    Path dir;

    private static CheckResult result(CheckReport report, String name) {
        return report.result(name).orElseThrow(() -> new AssertionError("no result '" + name + "' in\n" + report));
    }

    private static PluginJar good() {
        return new PluginJar("good-upsell").extension(GoodUpsell.class);
    }

    @Test
    void aSoundPluginJarPassesEveryCheck() throws Exception {
        CheckReport report = PluginChecks.of(good().jar(dir, "good-upsell-1.0.0.jar")).run();

        assertThat(report.results()).as(report.toString()).allMatch(r -> r.outcome() == Outcome.PASSED);
        assertThat(report.results()).extracting(CheckResult::name).contains(DescriptorCheck.NAME,
                ExtensionIndexCheck.NAME, BundledClassesCheck.NAME, PluginChecks.LOADS, DeclaredSettings.NAME,
                SampleCalls.LIFECYCLE, "sample call Upsell.recommend (GoodUpsell)");
        report.assertPassed();
    }

    @Test
    void aSoundPluginZipWithALibraryPassesFromTheZipItsFolderOrItsBuildFolder() throws Exception {
        Path build = Files.createDirectories(dir.resolve("target"));
        Path zip = good().library("helper-1.0.jar", Helper.class).zip(build, "good-upsell-1.0.0.zip");

        assertThat(PluginChecks.of(zip).run().failures()).isEmpty();
        CheckReport fromFolder = PluginChecks.of(build).run();
        assertThat(fromFolder.plugin()).isEqualTo(zip);
        assertThat(fromFolder.failures()).isEmpty();
    }

    @Test
    void aMissingExtensionIndexFailsWithTheAnnotationProcessorToAdd() throws Exception {
        CheckReport report = PluginChecks.of(good().withoutIndex().jar(dir, "no-index.jar")).run();

        CheckResult index = result(report, ExtensionIndexCheck.NAME);
        assertThat(index.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(index.message()).contains("META-INF/extensions.idx is missing")
                .contains("annotationProcessorPaths").contains("@org.pf4j.Extension");
        assertThat(result(report, PluginChecks.LOADS).message()).contains("has no sales-cycle hook");
        assertThat(result(report, PluginChecks.SAMPLE_CALLS).outcome()).isEqualTo(Outcome.SKIPPED);
        assertThatThrownBy(report::assertPassed).hasMessageContaining("extensions.idx is missing");
    }

    @Test
    void anEmptyExtensionIndexFails() throws Exception {
        Path jar = new PluginJar("empty-index").classFile(GoodUpsell.class).jar(dir, "empty-index.jar");

        CheckResult index = result(PluginChecks.of(jar).run(), ExtensionIndexCheck.NAME);

        assertThat(index.message()).contains("lists no extension").contains("<proc>none</proc>");
    }

    @Test
    void theSdkBundledUnderLibFailsAndNamesTheLibraryAndTheScopeToUse() throws Exception {
        Path zip = good().library("sdk-api-1.0.0.jar", SalesCycleHook.class, Upsell.class, Money.class)
                .zip(dir, "bundles-sdk.zip");

        CheckReport report = PluginChecks.of(zip).run();

        CheckResult bundled = result(report, BundledClassesCheck.NAME);
        assertThat(bundled.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(bundled.message()).contains("3 class(es) of the Salescycle SDK (dev.salescycle:sdk-api)")
                .contains("in lib/sdk-api-1.0.0.jar").contains("<scope>provided</scope>");
        assertThat(result(report, PluginChecks.LOADS).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aHookInterfaceBundledInThePluginLeavesTheHookInvisibleToTheHost() throws Exception {
        Path zip = good().library("upsell-copy.jar", Upsell.class).zip(dir, "bundles-upsell.zip");

        CheckReport report = PluginChecks.of(zip).run();

        assertThat(result(report, PluginChecks.LOADS).message()).contains("[com.example.plugin.GoodUpsell]")
                .contains("implement none of").contains("provided scope");
        assertThat(result(report, PluginChecks.SAMPLE_CALLS).outcome()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void aBuildFolderFindsThePluginJarBesideItsSourcesJavadocAndTestJars() throws Exception {
        Path build = Files.createDirectories(dir.resolve("jar-build"));
        Path jar = good().jar(build, "good-upsell-1.0.0.jar");
        for (String attached : List.of("sources", "javadoc", "tests")) {
            Files.write(build.resolve("good-upsell-1.0.0-" + attached + ".jar"), new byte[] {'P', 'K'});
        }

        CheckReport fromFolder = PluginChecks.of(build).run();
        assertThat(fromFolder.plugin()).isEqualTo(jar);
        assertThat(fromFolder.failures()).isEmpty();
    }

    @Test
    void aBuildFolderWithoutOneClearPluginFileSaysWhatItFound() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path two = Files.createDirectories(dir.resolve("two"));
        good().zip(two, "a.zip");
        good().zip(two, "b.zip");

        assertThat(PluginChecks.of(empty).run().failures().get(0).message()).contains("holds no plugin zip or jar");
        assertThat(PluginChecks.of(two).run().failures().get(0).message()).contains("several .zip files [a.zip, b.zip]");
    }

    @Test
    void dependenciesOnOtherPluginsFailBecauseTheHostLoadsEachPluginAlone() throws Exception {
        Path jar = good().attribute("Plugin-Dependencies", "other-plugin").jar(dir, "depends.jar");

        CheckReport report = PluginChecks.of(jar).run();

        assertThat(result(report, DescriptorCheck.NAME).message()).contains("Plugin-Dependencies is 'other-plugin'")
                .contains("under lib/");
        assertThat(result(report, PluginChecks.LOADS).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void pf4jClassesAmongThePluginsOwnClassesFail() throws Exception {
        Path jar = good().classFile(Extension.class).jar(dir, "bundles-pf4j.jar");

        CheckResult bundled = result(PluginChecks.of(jar).run(), BundledClassesCheck.NAME);

        assertThat(bundled.message()).contains("PF4J (org.pf4j:pf4j) in the plugin's own classes, such as org/pf4j/Extension.class");
    }

    @Test
    void aRequirementThisSdkDoesNotMeetFailsWithARangeThatWouldDo() throws Exception {
        Path jar = good().attribute("Plugin-Requires", ">=2.0.0").jar(dir, "future.jar");

        CheckReport report = PluginChecks.of(jar).run();

        assertThat(result(report, DescriptorCheck.NAME).message())
                .contains("Plugin-Requires '>=2.0.0' is not met by this SDK " + dev.salescycle.sdk.SalesCycleSdk.VERSION)
                .contains("such as '>=" + dev.salescycle.sdk.SalesCycleSdk.VERSION + " & <2.0.0'");
        assertThat(result(report, PluginChecks.LOADS).message()).contains("requires SDK >=2.0.0");
    }

    @Test
    void missingDescriptorAttributesAreEachNamed() throws Exception {
        Path jar = good().attribute("Plugin-Version", null).attribute("Plugin-Requires", null).jar(dir, "bare.jar");

        CheckResult descriptor = result(PluginChecks.of(jar).run(), DescriptorCheck.NAME);

        assertThat(descriptor.message()).contains("Plugin-Version is missing").contains("Plugin-Requires is missing")
                .contains("manifestEntries").doesNotContain("Plugin-Id");
    }

    @Test
    void aHookThatThrowsFailsItsSampleCallWithTheException() throws Exception {
        Path jar = new PluginJar("throws").extension(ThrowingOffers.class).jar(dir, "throws.jar");

        CheckResult call = result(PluginChecks.of(jar).run(), "sample call ConversionOffer.offers (ThrowingOffers)");

        assertThat(call.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(call.message()).contains("threw java.lang.IllegalStateException: no offers today")
                .contains("ThrowingOffers.offers(ThrowingOffers.java").contains("'skipped'");
    }

    @Test
    void aHookThatAnswersNullFailsItsSampleCall() throws Exception {
        Path jar = new PluginJar("null").extension(NullBlocks.class).jar(dir, "null.jar");

        CheckResult call = result(PluginChecks.of(jar).run(), "sample call ThankYouPage.blocks (NullBlocks)");

        assertThat(call.message()).contains("returned null").contains("List.of()");
    }

    @Test
    void aHookThatNeverReturnsFailsAtTheHangLimit() throws Exception {
        Path jar = new PluginJar("hangs").extension(HangingLeads.class).jar(dir, "hangs.jar");

        CheckReport report = PluginChecks.of(jar).hangLimit(Duration.ofMillis(300)).run();

        assertThat(result(report, "sample call LeadCapture.capture (HangingLeads)").message())
                .contains("did not return within 300 ms").contains("never block");
    }

    @Test
    void aHookSlowerThanTheBudgetFailsWithWhereToMoveTheWork() throws Exception {
        Path jar = new PluginJar("slow").extension(SlowUpsell.class).jar(dir, "slow.jar");

        CheckResult call = result(PluginChecks.of(jar).run(), "sample call Upsell.recommend (SlowUpsell)");

        assertThat(call.message()).contains("over the 50 ms budget").contains("in 3 call(s)").contains("shopStarted");
    }

    @Test
    void aShopStartedThatThrowsFailsTheLifecycleCheck() throws Exception {
        Path jar = new PluginJar("broken-start").extension(BrokenStart.class).jar(dir, "broken-start.jar");

        CheckResult lifecycle = result(PluginChecks.of(jar).run(), SampleCalls.LIFECYCLE);

        assertThat(lifecycle.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(lifecycle.message()).contains("BrokenStart.shopStarted threw java.lang.IllegalStateException: cannot learn");
    }

    @Test
    void aRetentionHookThatRendersNothingFails() throws Exception {
        Path jar = new PluginJar("silent").extension(SilentRetention.class).jar(dir, "silent.jar");

        CheckResult call = result(PluginChecks.of(jar).run(),
                "sample call RetentionOffer.schedule and render (SilentRetention)");

        assertThat(call.message()).contains("render returned null for message 'welcome'");
    }

    @Test
    void requiredSettingsWithoutDefaultOrSampleValueFailTheSampleCallsWithBothWaysOut() throws Exception {
        Path jar = new PluginJar("needs-key").extension(NeedsApiKey.class).jar(dir, "needs-key.jar");

        CheckReport report = PluginChecks.of(jar).run();

        CheckResult calls = result(report, PluginChecks.SAMPLE_CALLS);
        assertThat(calls.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(calls.message()).contains("required settings [apiKey] have no default")
                .contains("declare a default in settingSpecs()").contains("salescycle.smoke.setting.<name>")
                .contains("PluginChecks.sampleSetting(name, value)");
        assertThat(report.failures()).extracting(CheckResult::name).containsExactly(PluginChecks.SAMPLE_CALLS);
    }

    @Test
    void aSampleValueForARequiredSettingLetsTheSampleCallsRun() throws Exception {
        Path jar = new PluginJar("needs-key").extension(NeedsApiKey.class).jar(dir, "needs-key.jar");

        CheckReport report = PluginChecks.of(jar).sampleSetting("apiKey", "sample-key").run();

        assertThat(report.failures()).as(report.toString()).isEmpty();
        assertThat(result(report, "sample call Upsell.recommend (NeedsApiKey)").outcome()).isEqualTo(Outcome.PASSED);
    }

    @Test
    void aSampleValueTheSpecsRefuseFailsTheSampleCalls() throws Exception {
        Path jar = new PluginJar("bounded").extension(GoodUpsell.class).jar(dir, "bounded.jar");

        CheckResult calls = result(PluginChecks.of(jar).sampleSetting("maxItems", "lots").run(), PluginChecks.SAMPLE_CALLS);

        assertThat(calls.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(calls.message()).contains("the sample settings do not match the declared specs")
                .contains("maxItems: expected integer");
    }

    @Test
    void aPluginIdTheHostRefusesFailsWithAnIdItAccepts() throws Exception {
        Path jar = good().attribute("Plugin-Id", "Gift Wrap!").jar(dir, "gift-wrap.jar");

        CheckResult descriptor = result(PluginChecks.of(jar).run(), DescriptorCheck.NAME);

        assertThat(descriptor.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(descriptor.message()).contains("Plugin-Id 'Gift Wrap!' is not an id the host accepts")
                .contains("lower-case letters, digits").contains("such as 'gift-wrap'");
    }

    @Test
    void theChecksApplyTheHostsOwnRules() throws Exception {
        assertThat(SampleCalls.HOST_STUCK_CAP).isEqualTo(hostConstant("dev.salescycle.host.dispatch.BoundHook", "MAX_STUCK"));
        assertThat(DescriptorCheck.HOST_ID.pattern()).isEqualTo(((java.util.regex.Pattern)
                hostConstant("dev.salescycle.host.config.ConfigLoader", "ID")).pattern());
    }

    /** A constant the host keeps to itself; the checks repeat it, so this keeps them honest. */
    private static Object hostConstant(String type, String field) throws ReflectiveOperationException {
        java.lang.reflect.Field constant = Class.forName(type).getDeclaredField(field);
        constant.setAccessible(true);
        return constant.get(null);
    }

    @Test
    void aDeclaredDefaultThatFailsItsOwnSpecFails() throws Exception {
        Path jar = new PluginJar("bad-default").extension(BadDefault.class).jar(dir, "bad-default.jar");

        CheckReport report = PluginChecks.of(jar).run();

        assertThat(result(report, DeclaredSettings.NAME).message()).contains("setting 'maxItems'")
                .contains("\"lots\"").contains("fix the declared default");
        assertThat(result(report, PluginChecks.SAMPLE_CALLS).outcome()).isEqualTo(Outcome.SKIPPED);
    }

    @Test
    void sampleCallsCanBeTurnedOff() throws Exception {
        Path jar = new PluginJar("throws").extension(ThrowingOffers.class).jar(dir, "throws.jar");

        CheckReport report = PluginChecks.of(jar).sampleCalls(false).run();

        assertThat(report.failures()).isEmpty();
        assertThat(result(report, PluginChecks.SAMPLE_CALLS).message()).contains("turned off");
    }

    @Test
    void somethingThatIsNotAPluginFailsReadably() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");

        CheckReport report = PluginChecks.of(text).run();

        assertThat(report.failures()).singleElement().satisfies(f ->
                assertThat(f.message()).contains("notes.txt is neither a plugin zip nor a plugin jar"));
        assertThat(PluginChecks.of(dir.resolve("absent.zip")).run().failures().get(0).message())
                .contains("does not exist: build the plugin first");
    }
}
