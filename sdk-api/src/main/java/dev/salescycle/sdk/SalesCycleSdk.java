package dev.salescycle.sdk;

/**
 * The version of this SDK contract. Plugins declare {@code Plugin-Requires} against it
 * (for example {@code >=1.0.0 & <2.0.0}) and the host refuses plugins whose requirement it does not meet.
 *
 * <p>Versioning policy: the minor version grows when types or default methods are added; the major
 * version grows only when a binary-incompatible change is made.
 *
 * @since 1.0.0
 */
public interface SalesCycleSdk {
    /** The version of the SDK contract that this jar implements. */
    String VERSION = "1.2.0";
}
