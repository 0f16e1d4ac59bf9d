// Archetype generation writes plain files; the wrapper script has to be executable for ./mvnw to run.
def wrapper = new File(new File(request.outputDirectory, request.artifactId), 'mvnw')
if (!wrapper.setExecutable(true, false)) {
    throw new IllegalStateException("could not make ${wrapper} executable")
}
