package com.pvsconsole.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.auth.IamEndpoint;
import com.pvsconsole.sim.auth.TokenIssuer;
import com.pvsconsole.sim.faults.FaultRegistry;
import com.pvsconsole.sim.http.ApiHandler;
import com.pvsconsole.sim.http.ControlEndpoint;
import com.pvsconsole.sim.http.Dispatcher;
import com.pvsconsole.sim.http.HostRouting;
import com.pvsconsole.sim.http.RequestCounter;
import com.pvsconsole.sim.http.Responder;
import com.pvsconsole.sim.routes.RouteTable;
import com.pvsconsole.sim.routes.SimContext;
import com.pvsconsole.sim.spec.ApiSpec;
import com.pvsconsole.sim.spec.SchemaCheck;
import com.pvsconsole.sim.state.Durations;
import com.pvsconsole.sim.state.EventRecorder;
import com.pvsconsole.sim.state.IdSource;
import com.pvsconsole.sim.state.JobRunner;
import com.pvsconsole.sim.state.Region;
import com.pvsconsole.sim.state.ResourceFactory;
import com.pvsconsole.sim.state.Scheduler;
import com.pvsconsole.sim.state.SimState;
import com.pvsconsole.sim.state.StateFile;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Power VS simulator: an HTTP server on loopback that answers IAM, {@code /v1} and
 * {@code /pcloud/v1} like the real service. Start it with {@link #builder()}; close it to stop
 * the server, its timer and its worker threads (and to write the state file, if any).
 *
 * <pre>
 * try (PowerVsSimulator sim = PowerVsSimulator.builder().port(0).timeScale(0.01).start()) {
 *     sim.regionUrl("us-south");   // http://us-south.localhost:PORT
 *     sim.iamUrl();                // http://127.0.0.1:PORT  (POST /identity/token)
 *     sim.apiKey();                // pvs-demo-api-key
 * }
 * </pre>
 */
public final class PowerVsSimulator implements AutoCloseable {

    public static final String DEMO_API_KEY = "pvs-demo-api-key";
    private static final Logger LOG = LoggerFactory.getLogger(PowerVsSimulator.class);
    private static final long TICK_MILLIS = 25;

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final SimState state;
    private final Scheduler scheduler;
    private final FaultRegistry faults;
    private final RequestCounter requests = new RequestCounter();
    private final StateFile stateFile;
    private final String apiKey;
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final java.util.Set<String> servedOperations;
    private final Dispatcher dispatcher;
    private final TokenIssuer tokens;

    private PowerVsSimulator(SimulatorOptions options) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        IdSource ids = new IdSource(options.seed());
        ResourceFactory factory = new ResourceFactory(ids);
        this.stateFile = options.stateFile() == null ? null : new StateFile(options.stateFile(), mapper);
        this.state = new StateBootstrap(mapper, factory, ids).initialState(stateFile, options.scale());
        this.apiKey = options.apiKey();
        this.scheduler = new Scheduler(options.clock());
        this.faults = new FaultRegistry(options.seed());
        options.faults().forEach(faults::add);
        ApiSpec spec = ApiSpec.load(mapper);
        Durations durations = new Durations(options.timeScale());
        EventRecorder events = new EventRecorder(options.clock(), ids, state);
        SimContext ctx = new SimContext(state, factory, scheduler, durations, events,
                new JobRunner(scheduler, durations, events, ids), ids, new SchemaCheck(spec));

        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        String template = "http://{region}.localhost:" + server.getAddress().getPort();
        this.tokens = new TokenIssuer(options.clock(), options.tokenLifetime(), state.accountId(),
                "iam-ServiceId-" + state.accountId().substring(0, 8), ids, mapper);
        RouteTable routes = RouteTable.standard(ctx, template);
        this.servedOperations = java.util.Set.copyOf(routes.keys());
        ApiHandler api = new ApiHandler(spec, routes, tokens, state, scheduler, mapper,
                () -> dirty.set(true));
        this.dispatcher = new Dispatcher(new ControlEndpoint(faults, requests, mapper, this::info), requests, faults,
                new IamEndpoint(apiKey, tokens, options.clock(), ids), api, new HostRouting(state), new Responder(mapper));
        server.createContext("/", dispatcher);
        this.workers = Executors.newFixedThreadPool(options.workerThreads(), daemon("pvs-sim-http"));
        server.setExecutor(workers);
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("pvs-sim-timer"));
        server.start();
        timer.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    public static SimulatorOptions.Builder builder() {
        return SimulatorOptions.builder();
    }

    static PowerVsSimulator start(SimulatorOptions options) {
        try {
            return new PowerVsSimulator(options);
        } catch (IOException e) {
            throw new IllegalStateException("the simulator could not listen on port " + options.port(), e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT}: the default region, the IAM endpoint and {@code /_sim/}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The IAM base URL for the client (the token endpoint is {@code /identity/token} below it). */
    public String iamUrl() {
        return baseUrl();
    }

    /** Public regional URL template, {@code http://{region}.localhost:PORT}. */
    public String regionUrlTemplate() {
        return "http://{region}.localhost:" + port();
    }

    /** Private regional URL template, {@code http://private.{region}.localhost:PORT}. */
    public String privateRegionUrlTemplate() {
        return "http://private.{region}.localhost:" + port();
    }

    public String regionUrl(String region) {
        return regionUrlTemplate().replace("{region}", region);
    }

    public String apiKey() {
        return apiKey;
    }

    public String accountId() {
        return state.accountId();
    }

    public List<String> regions() {
        return state.regions().stream().map(Region::name).toList();
    }

    /** The workspaces, for tests and the demo's first screen. */
    public List<WorkspaceInfo> workspaces() {
        synchronized (state) {
            return state.workspaces.values().stream()
                    .map(w -> new WorkspaceInfo(w.id(), w.name(), w.region(), w.zone(), w.crn())).toList();
        }
    }

    /**
     * Narrows what every workspace's datacenter offers: its system pools list only {@code systemTypes} and its
     * storage tiers only {@code storageTiers}; creates asking for anything else are refused (422).
     */
    public void offer(List<String> systemTypes, List<String> storageTiers) {
        synchronized (state) {
            state.workspaces.values().forEach(w -> w.offer(systemTypes, storageTiers));
        }
    }

    /** How many {@code method path} requests reached the simulator, e.g. to prove a POST was sent once. */
    public int requestsReceived(String method, String path) {
        return dispatcher.received(method, path);
    }

    /** The JSON body of the last {@code method path} Power VS request that had one, as the client sent it. */
    public java.util.Optional<String> lastRequestBody(String method, String path) {
        return requests.lastBody(method, path);
    }

    /** The definition's operations this simulator serves, as "METHOD /path/{template}". */
    public java.util.Set<String> servedOperations() {
        return servedOperations;
    }

    /** IAM tokens issued since start (API-key and refresh grants). */
    public int issuedTokenCount() {
        return tokens.issuedCount();
    }

    /** Every access token issued since start, for tests that prove tokens never reach a file. */
    public java.util.Set<String> issuedAccessTokens() {
        return tokens.issuedAccessTokens();
    }

    /** Faults in force; the same registry {@code /_sim/faults} changes. */
    public FaultRegistry faults() {
        return faults;
    }

    /** Requests that reached the simulator, by method and path; the same counter {@code /_sim/requests} shows. */
    public RequestCounter requests() {
        return requests;
    }

    /** Applies every state change that is due now (tests with a manual clock call this). */
    public void tick() {
        try {
            synchronized (state) {
                if (scheduler.runDue() > 0) {
                    dirty.set(true);
                }
            }
            if (stateFile != null && dirty.compareAndSet(true, false)) {
                save();
            }
        } catch (RuntimeException e) {
            LOG.error("Simulator timer failed", e);
        }
    }

    private void save() {
        try {
            synchronized (state) {
                stateFile.save(state);
            }
        } catch (IOException e) {
            LOG.warn("Could not write the simulator state file: {}", e.toString());
        }
    }

    private ObjectNode info() {
        ObjectNode n = new ObjectMapper().createObjectNode();
        n.put("baseUrl", baseUrl());
        n.put("iamUrl", iamUrl());
        n.put("regionUrlTemplate", regionUrlTemplate());
        n.put("privateRegionUrlTemplate", privateRegionUrlTemplate());
        n.put("apiKey", apiKey);
        n.put("accountId", accountId());
        ArrayNode regions = n.putArray("regions");
        state.regions().forEach(r -> regions.addObject().put("region", r.name()).put("privateName", r.privateName())
                .put("url", regionUrl(r.name())));
        ArrayNode workspaces = n.putArray("workspaces");
        workspaces().forEach(w -> workspaces.addObject().put("id", w.id()).put("name", w.name())
                .put("region", w.region()).put("crn", w.crn()));
        return n;
    }

    @Override
    public void close() {
        server.stop(0);
        timer.shutdownNow();
        workers.shutdownNow();
        if (stateFile != null) {
            save();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** A workspace as the facade describes it. */
    public record WorkspaceInfo(String id, String name, String region, String zone, String crn) {
    }
}
