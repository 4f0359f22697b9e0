package aikg.neo4j;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * A single-instance Neo4j community server embedded in one JVM: Bolt (no TLS),
 * optional HTTP with Neo4j Browser, auth off unless a password is given.
 * Prints "neo4j ready bolt://HOST:PORT" on stdout once queries are answered,
 * and shuts down cleanly on SIGTERM/SIGINT.
 */
public final class Server {

    private static final String USAGE = String.join("\n",
            "usage: neo4j-server [options]",
            "  --host HOST        listen address for Bolt and HTTP (default 127.0.0.1)",
            "  --bolt-port N      Bolt port (default 7687)",
            "  --http-port N      HTTP/Browser port (default 7474, 0 disables HTTP)",
            "  --data DIR         keep the database in DIR (default: a temporary",
            "                     directory that is deleted at exit)",
            "  --password PW      turn authentication on; user neo4j gets password PW",
            "                     (at least 8 characters)",
            "  --max-failed-logins N  failed logins before a user is locked for 5 s",
            "                     (default 3; 0 never locks, handy for tests)",
            "  --page-cache MIB   page cache size in MiB (default 256)",
            "  --exit-on-stdin-close  stop when standard input reaches end of file",
            "                     (lets a parent process that dies take the server along)",
            "  --help             show this help");

    private static volatile DatabaseManagementService service;
    private static final CountDownLatch STOPPED = new CountDownLatch(1);

    private Server() {
    }

    public static void main(String[] args) {
        String host = "127.0.0.1";
        int boltPort = 7687;
        int httpPort = 7474;
        Path data = null;
        String password = null;
        long pageCacheMiB = 256;
        boolean exitOnStdinClose = false;
        boolean training = false;
        int maxFailedLogins = -1;

        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help":
                    case "-h":
                        System.out.println(USAGE);
                        return;
                    case "--host":
                        host = value(args, ++i, a);
                        break;
                    case "--bolt-port":
                        boltPort = port(value(args, ++i, a), a, false);
                        break;
                    case "--http-port":
                        httpPort = port(value(args, ++i, a), a, true);
                        break;
                    case "--data":
                        data = Path.of(value(args, ++i, a)).toAbsolutePath().normalize();
                        break;
                    case "--password":
                        password = value(args, ++i, a);
                        break;
                    case "--max-failed-logins":
                        try {
                            maxFailedLogins = Integer.parseInt(value(args, ++i, a));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--max-failed-logins: not a number");
                        }
                        if (maxFailedLogins < 0) {
                            throw new IllegalArgumentException("--max-failed-logins: must be 0 or more");
                        }
                        break;
                    case "--class-data-training":
                        // scripts/neo4j-server: start on ephemeral ports, run a
                        // query, exit (the JVM then writes its class-data archive)
                        training = true;
                        break;
                    case "--exit-on-stdin-close":
                        exitOnStdinClose = true;
                        break;
                    case "--page-cache":
                        try {
                            pageCacheMiB = Long.parseLong(value(args, ++i, a));
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("--page-cache: not a number of MiB");
                        }
                        if (pageCacheMiB < 8) {
                            throw new IllegalArgumentException("--page-cache: at least 8 MiB");
                        }
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option " + a + " (see --help)");
                }
            }
            if (password != null && password.length() < 8) {
                throw new IllegalArgumentException("--password needs at least 8 characters");
            }
            if (password != null && password.equals("neo4j")) {
                throw new IllegalArgumentException("--password must not be the default 'neo4j'");
            }
            if (training) {
                boltPort = 0;
                httpPort = 0;
                data = null;
                password = null;
            }
            if (httpPort != 0 && httpPort == boltPort) {
                throw new IllegalArgumentException("--bolt-port and --http-port must differ");
            }
        } catch (IllegalArgumentException e) {
            fail(e.getMessage(), 2);
            return;
        }

        final boolean temporary = data == null;
        final Path home;
        try {
            home = temporary ? Files.createTempDirectory("aikg-neo4j-") : Files.createDirectories(data);
        } catch (IOException e) {
            fail("cannot create data directory: " + e.getMessage(), 1);
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            DatabaseManagementService s = service;
            service = null;
            if (s != null) {
                try {
                    s.shutdown();
                } catch (RuntimeException e) {
                    System.err.println("neo4j-server: error during shutdown: " + rootMessage(e));
                }
            }
            if (temporary) {
                deleteTree(home);
            }
            STOPPED.countDown();
        }, "neo4j-server-shutdown"));

        SocketAddress bolt = new SocketAddress(host, boltPort);
        // what clients (e.g. Browser) are told to connect to
        String advertisedHost = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                    .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMiB * 1024L * 1024L)
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, bolt)
                    .setConfig(BoltConnector.advertised_address, new SocketAddress(advertisedHost, boltPort))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // Shut Bolt down in about a second instead of ~10 s of
                    // grace periods (the databases are already stopped then).
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(HttpConnector.enabled, httpPort != 0 || training);
            if (training) {
                builder.setConfig(HttpConnector.listen_address, new SocketAddress(host, 0));
            }
            if (maxFailedLogins >= 0) {
                builder.setConfig(GraphDatabaseSettings.auth_max_failed_attempts, maxFailedLogins);
            }
            if (httpPort != 0) {
                builder.setConfig(HttpConnector.listen_address, new SocketAddress(host, httpPort))
                        .setConfig(HttpConnector.advertised_address, new SocketAddress(advertisedHost, httpPort));
            }
            service = builder.build();

            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            if (!db.isAvailable(Duration.ofMinutes(2).toMillis())) {
                throw new IllegalStateException("database 'neo4j' did not become available");
            }
            db.executeTransactionally("RETURN 1");
            if (training) {
                db.executeTransactionally("CREATE CONSTRAINT training_id IF NOT EXISTS FOR (n:Training) REQUIRE n.id IS UNIQUE");
                db.executeTransactionally("UNWIND range(1, 100) AS i MERGE (n:Training {id: i}) SET n.v = toString(i)");
                db.executeTransactionally("MATCH (n:Training) WHERE n.id > 50 DETACH DELETE n");
            }
            if (password != null) {
                setPassword(service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), password);
            }
        } catch (Throwable e) {
            BindException bind = find(e, BindException.class);
            if (bind != null) {
                fail("cannot listen (port in use?): " + bind.getMessage(), 1);
            } else {
                fail("failed to start: " + rootMessage(e), 1);
            }
            return;
        }

        if (training) {
            Runtime.getRuntime().exit(0);
            return;
        }

        String ready = "neo4j ready bolt://" + host + ":" + boltPort;
        if (httpPort != 0) {
            ready += " http://" + host + ":" + httpPort + "/browser/";
        }
        System.out.println(ready);
        System.out.flush();

        if (exitOnStdinClose) {
            Thread watcher = new Thread(() -> {
                try {
                    byte[] buffer = new byte[256];
                    while (System.in.read(buffer) >= 0) {
                        // discard
                    }
                } catch (IOException e) {
                    // treat like end of file
                }
                System.exit(0);
            }, "neo4j-server-stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        try {
            STOPPED.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void setPassword(GraphDatabaseService system, String password) {
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
        } catch (RuntimeException e) {
            // A reused data directory may already hold this very password.
            if (!String.valueOf(rootMessage(e)).contains("cannot be the same")) {
                throw e;
            }
        }
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int port(String s, String option, boolean zeroAllowed) {
        int p;
        try {
            p = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": not a port number: " + s);
        }
        if (p < (zeroAllowed ? 0 : 1) || p > 65535) {
            throw new IllegalArgumentException(option + ": port out of range: " + s);
        }
        return p;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return (m == null ? t.getClass().getName() : m).replace('\n', ' ');
    }

    private static void fail(String message, int code) {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        err.println("neo4j-server: " + message);
        System.exit(code);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            System.err.println("neo4j-server: could not delete " + root + ": " + e.getMessage());
        }
    }
}
