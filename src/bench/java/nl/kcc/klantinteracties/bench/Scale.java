package nl.kcc.klantinteracties.bench;

/**
 * How much data the benchmark seeds. The default is a large city's register; the small scale is for quick runs and is
 * the base of the growth ratio. The organisation (afdelingen, medewerkers) is the same at both scales: the data that
 * grows is the contacts, their parties and their tasks.
 */
record Scale(String name, int partijen, int klantcontacten, int interneTaken, int afdelingen, int medewerkers) {

    static final Scale DEFAULT = new Scale("default", 100_000, 1_000_000, 200_000, 50, 500);
    static final Scale SMALL = new Scale("small", 1_000, 10_000, 2_000, 50, 500);

    static Scale named(String name) {
        return switch (name) {
            case "default" -> DEFAULT;
            case "small" -> SMALL;
            default -> throw new IllegalArgumentException("Unknown scale " + name + " (default or small)");
        };
    }

    /** The database the scale is seeded into once, and copied from for every run. */
    String seedDatabase() {
        return "bench_" + name + "_seed";
    }

    /** The database a run works on: a fresh copy of the seed, so that writes of one run do not change the next. */
    String runDatabase() {
        return "bench_" + name;
    }
}
