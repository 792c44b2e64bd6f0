package nl.kcc.klantinteracties.bench;

/**
 * One cell of the report: a scenario at a number of clients, on the register or on the floor.
 *
 * @param side {@code register} or {@code floor}
 * @param throughput requests per second (for S1: complete contacts per second)
 * @param statements SQL statements per request (for S1: per contact)
 * @param peakHeapMiB the register's highest heap use during the run (0 for the floor)
 * @param peakRssMiB the register's highest resident memory during the run (0 for the floor)
 */
record Measurement(
        String scale,
        String scenario,
        String side,
        int clients,
        double seconds,
        long requests,
        long errors,
        double throughput,
        double mean,
        double p50,
        double p95,
        double p99,
        double statements,
        double peakHeapMiB,
        double peakRssMiB) {

    Measurement withMemory(double heapMiB, double rssMiB) {
        return new Measurement(
                scale, scenario, side, clients, seconds, requests, errors, throughput, mean, p50, p95, p99,
                statements, heapMiB, rssMiB);
    }

    Measurement withStatements(double perRequest) {
        return new Measurement(
                scale, scenario, side, clients, seconds, requests, errors, throughput, mean, p50, p95, p99,
                perRequest, peakHeapMiB, peakRssMiB);
    }
}
