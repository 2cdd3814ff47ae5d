package io.safeguard;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code safeguard bench-http}: a small load tool against a running server. Each client signs in with its own
 * session, then requests the page over and over; prints latency percentiles and throughput. Run it from another
 * process than the server (it starts no Spring context).
 */
@Command(name = "bench-http", description = "Benchmark: N concurrent signed-in clients request one page of a running server.")
public class BenchHttpCommand implements Callable<Integer> {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Option(names = "--url", defaultValue = "http://localhost:8080", description = "The server (default ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--path", required = true, description = "The page, e.g. /t/<organization-id>.")
    String path;

    @Option(names = "--email", required = true, description = "An account without two-step sign-in.")
    String email;

    @Option(names = "--password-env", defaultValue = "SAFEGUARD_BENCH_PASSWORD", description = "Environment variable with its password.")
    String passwordEnv;

    @Option(names = "--clients", defaultValue = "20") int clients;

    @Option(names = "--requests", defaultValue = "50", description = "Requests per client after 5 warm-up requests.") int requests;

    @Override
    public Integer call() throws Exception {
        String password = System.getenv(passwordEnv);
        if (password == null) {
            System.err.println("Set the password in the environment variable " + passwordEnv + ".");
            return 2;
        }
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Future<Integer>> results = new ArrayList<>();
        // Sign-ins (Argon2id, deliberately slow) finish before any request is timed.
        var ready = new java.util.concurrent.CyclicBarrier(clients + 1);
        long start;
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> client(password, latencies, ready)));
            }
            ready.await();
            start = System.nanoTime();
            int failures = 0;
            for (Future<Integer> f : results) {
                failures += f.get();
            }
            if (failures > 0) {
                System.err.println(failures + " requests failed");
                return 1;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("%d clients x %d requests of %s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %.0f requests/s%n",
                clients, requests, path, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.getLast() / 1e6,
                sorted.size() / seconds);
        return 0;
    }

    private int client(String password, List<Long> latencies, java.util.concurrent.CyclicBarrier ready) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String login = http.send(HttpRequest.newBuilder(URI.create(url + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        var token = CSRF.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("no sign-in form at " + url + "/login");
        }
        String form = "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        var signedIn = http.send(HttpRequest.newBuilder(URI.create(url + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (location.contains("error") || location.contains("throttled")) {
            throw new IllegalStateException("sign-in refused: " + location);
        }
        ready.await();
        int failures = 0;
        var request = HttpRequest.newBuilder(URI.create(url + path)).build();
        for (int i = 0; i < requests + 5; i++) {
            long t = System.nanoTime();
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - t;
            if (response.statusCode() != 200) {
                failures++;
            } else if (i >= 5) {
                latencies.add(elapsed);
            }
        }
        return failures;
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
