/*
 * LiveDesk webhook benchmark: load generator, Graph API stub and token encryption, in one file (JDK 17, no
 * dependencies):   java bench/webhook/Bench.java <command> [--option value ...]
 *
 *   closed   N connections, each sends its next request as soon as the previous answer arrived (throughput);
 *   open     a fixed rate, independent of the answers (latency at a given load); each request's latency is
 *            measured from the moment it was due, so a server that falls behind is charged for the wait
 *            (no coordinated omission);
 *   stub     a tiny stand-in for Facebook's Graph API: every request gets 200 {} (REFERENCE §7: "if the app cannot
 *            access the profile, an empty object is returned");
 *   encrypt  a secret in LiveDesk's SecretCipher format (v1: + base64(nonce | AES-256-GCM), key = SHA-256 of
 *            LIVEDESK_SECRET_KEY), so the benchmark's Pages are connected with tokens the server can decrypt.
 *
 * The HTTP client is a plain socket per connection (HTTP/1.1 keep-alive, requests written whole, answers read by
 * Content-Length or chunked): it costs a few microseconds of CPU per request, which matters on a 2-core machine
 * where the generator shares the CPU with the server and PostgreSQL.
 *
 * Webhook bodies are built like Facebook's (REFERENCE §5-6, fixtures/webhook-text.json): {"object":"page",...}
 * with one text message, a distinct mid per event (m_<tag>_<sequence>_<padding>, so the database can be counted by
 * tag), PSIDs from a pool of --customers per phase, spread over --pages Pages, non-ASCII in Facebook's escaped form,
 * signed with the app secret (X-Hub-Signature-256 and the legacy X-Hub-Signature). The event's timestamp is the
 * moment it is sent, in milliseconds: LiveDesk dates the message with it, which lets the database tell how long
 * a message took from being sent to being in a conversation.
 *
 * Results: one JSON object (printed, and written to --out).
 */

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public class Bench {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: java Bench.java closed|open|stub|encrypt [--option value ...]");
        }
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        switch (args[0]) {
            case "stub" -> stub(Integer.parseInt(o.get("port")));
            case "encrypt" -> System.out.println(encrypt(o.get("key"), o.get("plain")));
            case "closed", "open" -> new Bench(args[0], o).run();
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    // -------------------------------------------------------------------------------------------------------------
    // Graph API stub and SecretCipher's format

    static void stub(int port) throws IOException {
        // The JDK's server writes headers and body apart; with Nagle's algorithm on, the body waits for the client's
        // delayed ACK, and every Graph call took ~40 ms (the server's four profile fetchers then managed ~90 a second).
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        // A customer's profile as Facebook gives it (REFERENCE §7) without a picture (pictures are fetched from
        // Facebook's own hosts over HTTPS only), so the server writes the name as it would in production.
        byte[] profile = "{\"first_name\":\"Bench\",\"last_name\":\"Customer\",\"locale\":\"en_US\",\"id\":\"1\"}"
                .getBytes(StandardCharsets.UTF_8);
        AtomicLong calls = new AtomicLong();
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                calls.incrementAndGet();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, profile.length);
                exchange.getResponseBody().write(profile);
            }
        });
        // How many calls so far: GET /_calls (the benchmark reads it per phase).
        server.createContext("/_calls", exchange -> {
            try (exchange) {
                byte[] n = Long.toString(calls.get()).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, n.length);
                exchange.getResponseBody().write(n);
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        System.out.println("Graph stub on 127.0.0.1:" + port);
    }

    static String encrypt(String keyMaterial, String plain) throws Exception {
        byte[] key = MessageDigest.getInstance("SHA-256").digest(keyMaterial.getBytes(StandardCharsets.UTF_8));
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[nonce.length + sealed.length];
        System.arraycopy(nonce, 0, out, 0, nonce.length);
        System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
        return "v1:" + Base64.getEncoder().encodeToString(out);
    }

    // -------------------------------------------------------------------------------------------------------------
    // Load

    /** Texts customers send, in Facebook's escaped-unicode form (the bytes that arrive, and are signed, are these). */
    private static final String[] TEXTS = {
        "Bonjour ! Ma commande n\\u00b04521 n'est toujours pas arriv\\u00e9e. Pouvez-vous v\\u00e9rifier ? Mon e-mail : camille.lefevre\\u0040example.fr \\u2014 merci \\ud83d\\ude4f",
        "Hi, I was charged twice for order 88213, can you refund one of them?",
        "Hallo, wann \\u00f6ffnet ihr morgen? Ich m\\u00f6chte meine Bestellung abholen.",
        "is the blue one still in stock in size M?",
        "Thanks a lot, that worked \\ud83d\\udc4d",
        "Hola, \\u00bfpuedo cambiar la direcci\\u00f3n de env\\u00edo?",
    };

    private final String mode;
    private final String host;
    private final int port;
    private final String method;
    private final String path;
    private final boolean webhook;
    private final int connections;
    private final double rate;
    private final double warmupSeconds;
    private final double durationSeconds;
    private final String tag;
    private final long psidBase;
    private final int customers;
    private final String[] pages;
    private final byte[] secret;
    private final String out;
    private final byte[] getRequest;
    private final AtomicLong sequence = new AtomicLong();

    Bench(String mode, Map<String, String> o) {
        this.mode = mode;
        this.host = o.getOrDefault("host", "127.0.0.1");
        this.port = Integer.parseInt(o.get("port"));
        this.path = o.getOrDefault("path", "/webhooks/facebook");
        this.webhook = path.startsWith("/webhooks/");
        this.method = webhook ? "POST" : "GET";
        this.connections = Integer.parseInt(o.getOrDefault("connections", "16"));
        this.rate = Double.parseDouble(o.getOrDefault("rate", "0"));
        this.warmupSeconds = Double.parseDouble(o.getOrDefault("warmup", "0"));
        this.durationSeconds = Double.parseDouble(o.getOrDefault("duration", "30"));
        this.tag = o.getOrDefault("tag", "bench");
        this.psidBase = Long.parseLong(o.getOrDefault("psid-base", "7291846500000000"));
        this.customers = Integer.parseInt(o.getOrDefault("customers", "20000"));
        this.pages = o.getOrDefault("pages", "104857362918475").split(",");
        this.secret = o.getOrDefault("secret", "").getBytes(StandardCharsets.UTF_8);
        this.out = o.get("out");
        this.getRequest = ("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nUser-Agent: livedesk-bench\r\n"
                + "Accept: */*\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        if (mode.equals("open") && rate <= 0) {
            throw new IllegalArgumentException("open needs --rate");
        }
    }

    /** The next request: a GET as it is, or a new signed webhook delivery (one customer message, a new mid). */
    byte[] nextRequest(Mac sha256, Mac sha1) {
        if (!webhook) {
            return getRequest;
        }
        long n = sequence.incrementAndGet();
        // Customers: a pseudo-random walk over the pool (every customer in turn, in a scrambled order, then again).
        long customer = Math.floorMod(n * 7919L, customers);
        String page = pages[(int) (customer % pages.length)];
        long now = System.currentTimeMillis();
        String mid = "m_" + tag + "_" + n + "_" + "AWFoF3Tw8AD33dMlFpRcnPy0WLgg0Jv3izjR0HDKCqapE868f2sJni1q8qE9wsmjsdFRN5Ts1e";
        String body = "{\"object\":\"page\",\"entry\":[{\"time\":" + now + ",\"id\":\"" + page + "\",\"messaging\":[{"
                + "\"sender\":{\"id\":\"" + (psidBase + customer) + "\"},\"recipient\":{\"id\":\"" + page + "\"},"
                + "\"timestamp\":" + now + ",\"message\":{\"mid\":\"" + mid + "\",\"text\":\""
                + TEXTS[(int) (n % TEXTS.length)] + "\"}}]}]}";
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        String head = "POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n"
                + "User-Agent: facebookexternalua\r\nContent-Type: application/json\r\n"
                + "X-Hub-Signature: sha1=" + HexFormat.of().formatHex(sha1.doFinal(bytes)) + "\r\n"
                + "X-Hub-Signature-256: sha256=" + HexFormat.of().formatHex(sha256.doFinal(bytes)) + "\r\n"
                + "Content-Length: " + bytes.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] request = Arrays.copyOf(h, h.length + bytes.length);
        System.arraycopy(bytes, 0, request, h.length, bytes.length);
        return request;
    }

    /** One keep-alive connection; reopened after an error or a Connection: close. */
    final class Connection {
        private Socket socket;
        private InputStream in;
        private OutputStream outStream;
        final Mac sha256 = mac("HmacSHA256");
        final Mac sha1 = mac("HmacSHA1");

        private Mac mac(String algorithm) {
            try {
                Mac mac = Mac.getInstance(algorithm);
                mac.init(new SecretKeySpec(secret.length == 0 ? new byte[1] : secret, algorithm));
                return mac;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        /** Sends and reads the answer; returns the HTTP status, or -1 on an I/O error. */
        int exchange(byte[] request) {
            try {
                if (socket == null) {
                    socket = new Socket(host, port);
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(30_000);
                    in = new BufferedInputStream(socket.getInputStream(), 16384);
                    outStream = new BufferedOutputStream(socket.getOutputStream(), 16384);
                }
                outStream.write(request);
                outStream.flush();
                return readResponse();
            } catch (IOException e) {
                close();
                return -1;
            }
        }

        private int readResponse() throws IOException {
            String status = line();
            if (status == null) {
                throw new IOException("connection closed");
            }
            int code = Integer.parseInt(status.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closeAfter = false;
            for (String h; (h = line()) != null && !h.isEmpty(); ) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(lower.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                } else if (lower.startsWith("connection:") && lower.contains("close")) {
                    closeAfter = true;
                }
            }
            if (chunked) {
                for (long size; (size = Long.parseLong(line().split(";")[0].trim(), 16)) > 0; ) {
                    skip(size);
                    line();
                }
                for (String t; (t = line()) != null && !t.isEmpty(); ) {
                    // trailers
                }
            } else if (length > 0) {
                skip(length);
            }
            if (closeAfter) {
                close();
            }
            return code;
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long s = in.skip(n);
                if (s <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("truncated body");
                    }
                    s = 1;
                }
                n -= s;
            }
        }

        private String line() throws IOException {
            StringBuilder b = new StringBuilder(64);
            for (int c; (c = in.read()) >= 0; ) {
                if (c == '\n') {
                    int l = b.length();
                    return l > 0 && b.charAt(l - 1) == '\r' ? b.substring(0, l - 1) : b.toString();
                }
                b.append((char) c);
            }
            return b.length() == 0 ? null : b.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
    }

    /** What one worker saw: latencies (ns) of the timed requests, and every answer's status. */
    static final class Tally {
        long[] latencies = new long[1 << 14];
        int n;
        final Map<Integer, Long> statuses = new TreeMap<>();
        long sent;
        long lastDone;

        void status(int code) {
            statuses.merge(code, 1L, Long::sum);
            sent++;
        }

        void latency(long ns) {
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = ns;
            lastDone = System.nanoTime();
        }
    }

    void run() throws Exception {
        int workers = connections;
        List<Tally> tallies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime() + 200_000_000L;      // everyone connected and ready by then
        long timedFrom = start + (long) (warmupSeconds * 1e9);
        long end = timedFrom + (long) (durationSeconds * 1e9);
        BlockingQueue<Long> due = new ArrayBlockingQueue<>(1 << 20);
        for (int w = 0; w < workers; w++) {
            Tally tally = new Tally();
            tallies.add(tally);
            Connection c = new Connection();
            Thread t = new Thread(() -> {
                // Open the connection before the clock starts.
                c.exchange(("GET /health/live HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                if (mode.equals("closed")) {
                    LockSupport.parkNanos(start - System.nanoTime());
                    for (long t0; (t0 = System.nanoTime()) < end; ) {
                        int code = c.exchange(nextRequest(c.sha256, c.sha1));
                        long t1 = System.nanoTime();
                        tally.status(code);
                        if (t0 >= timedFrom && code == 200) {
                            tally.latency(t1 - t0);
                        }
                    }
                } else {
                    try {
                        for (long intended; (intended = due.take()) >= 0; ) {
                            byte[] request = nextRequest(c.sha256, c.sha1);
                            int code = c.exchange(request);
                            long t1 = System.nanoTime();
                            tally.status(code);
                            if (intended >= timedFrom && code == 200) {
                                tally.latency(t1 - intended);
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                c.close();
            }, "bench-" + w);
            threads.add(t);
            t.start();
        }
        long scheduled = 0;
        if (mode.equals("open")) {
            // The dispatcher: request i is due at start + i / rate, whatever happened to the ones before it.
            double interval = 1e9 / rate;
            for (long i = 0; ; i++) {
                long at = start + (long) (i * interval);
                if (at >= end) {
                    break;
                }
                long wait = at - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                due.put(at);
                scheduled++;
            }
            for (int w = 0; w < workers; w++) {
                due.put(-1L);
            }
        }
        for (Thread t : threads) {
            t.join();
        }
        long finished = System.nanoTime();
        report(tallies, scheduled, timedFrom, end, finished);
    }

    void report(List<Tally> tallies, long scheduled, long timedFrom, long end, long finished) throws IOException {
        Map<Integer, Long> statuses = new TreeMap<>();
        long sent = 0;
        int timed = 0;
        long lastDone = end;
        for (Tally t : tallies) {
            lastDone = Math.max(lastDone, t.lastDone);
            t.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
            sent += t.sent;
            timed += t.n;
        }
        long[] all = new long[timed];
        int k = 0;
        for (Tally t : tallies) {
            System.arraycopy(t.latencies, 0, all, k, t.n);
            k += t.n;
        }
        Arrays.sort(all);
        // Acknowledged per second over the timed window, stretched to the last answer when the server fell behind
        // (an open loop keeps sending on schedule; what counts is when the answers came).
        double seconds = (lastDone - timedFrom) / 1e9;
        StringBuilder json = new StringBuilder("{");
        json.append(q("mode")).append(':').append(q(mode)).append(',');
        json.append(q("path")).append(':').append(q(path)).append(',');
        json.append(q("tag")).append(':').append(q(tag)).append(',');
        json.append(q("connections")).append(':').append(connections).append(',');
        json.append(q("rate_asked")).append(':').append(rate).append(',');
        json.append(q("warmup_s")).append(':').append(warmupSeconds).append(',');
        json.append(q("duration_s")).append(':').append(durationSeconds).append(',');
        json.append(q("customers")).append(':').append(customers).append(',');
        json.append(q("pages")).append(':').append(pages.length).append(',');
        json.append(q("sent")).append(':').append(sent).append(',');
        json.append(q("ok")).append(':').append(statuses.getOrDefault(200, 0L)).append(',');
        json.append(q("statuses")).append(":{");
        json.append(String.join(",", statuses.entrySet().stream()
                .map(e -> q(String.valueOf(e.getKey())) + ":" + e.getValue()).toList()));
        json.append("},");
        json.append(q("last_mid_sequence")).append(':').append(sequence.get()).append(',');
        json.append(q("timed_ok")).append(':').append(timed).append(',');
        json.append(q("ok_per_s")).append(':').append(String.format(Locale.ROOT, "%.1f", timed / seconds)).append(',');
        json.append(q("client_cpu_s")).append(':').append(String.format(Locale.ROOT, "%.1f",
                ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(0.0))).append(',');
        json.append(q("overrun_ms")).append(':')
                .append(String.format(Locale.ROOT, "%.1f", (finished - end) / 1e6)).append(',');
        for (double p : new double[] {50, 90, 99, 99.9}) {
            json.append(q("p" + (p == 99.9 ? "999" : String.valueOf((int) p)) + "_ms")).append(':')
                    .append(ms(percentile(all, p))).append(',');
        }
        json.append(q("max_ms")).append(':').append(ms(timed == 0 ? 0 : all[timed - 1])).append(',');
        json.append(q("mean_ms")).append(':').append(ms(timed == 0 ? 0 : (long) Arrays.stream(all).average().orElse(0)));
        json.append('}');
        System.out.println(json);
        if (out != null) {
            Files.writeString(Path.of(out), json + "\n");
        }
    }

    /** Nearest rank. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String ms(long ns) {
        return String.format(Locale.ROOT, "%.2f", ns / 1e6);
    }

    static String q(String s) {
        return "\"" + s + "\"";
    }
}
