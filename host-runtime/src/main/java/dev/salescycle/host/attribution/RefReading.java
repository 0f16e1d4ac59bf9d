package dev.salescycle.host.attribution;

/**
 * What a reference said: a touch when it is valid for the shop (its window is checked later), else why not.
 *
 * @param touch the touch it records, or null
 * @param ignored why it is ignored, or null when it is valid
 */
public record RefReading(Touch touch, Ignored ignored) {

    static RefReading valid(Touch touch) {
        return new RefReading(touch, null);
    }

    static RefReading ignored(Ignored why) {
        return new RefReading(null, why);
    }

    public boolean isValid() {
        return ignored == null;
    }
}
