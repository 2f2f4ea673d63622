package com.pvsconsole.app;

import com.pvsconsole.service.journal.ActionJournal;
import com.pvsconsole.service.journal.JournalingObserver;

import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.OkHttpPowerVsClient;
import com.pvsconsole.api.PowerVsClientConfig;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.auth.AccessToken;
import com.pvsconsole.api.auth.IamTokenClient;
import com.pvsconsole.api.region.EndpointUrls;
import com.pvsconsole.api.region.LoopbackDns;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.accounts.AccountClientFactory;
import com.pvsconsole.service.accounts.AccountConnection;
import com.pvsconsole.service.accounts.AccountProfile;
import com.pvsconsole.service.accounts.Secret;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;

/**
 * Builds API clients for accounts: IBM's endpoints or the account's overrides, its HTTPS proxy,
 * and for the demo the embedded simulator (started on first use, so a console opened on a real
 * account never starts it).
 */
public final class AccountClients implements AccountClientFactory {

    /** IBM's regional hosts; the first region to open for an account nobody has looked at yet. */
    static final String DEFAULT_REGION = "us-south";
    private static final ApiOperation IAM_TOKEN = new ApiOperation("POST", "/identity/token");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SIGN_IN_TIMEOUT = Duration.ofSeconds(30);

    private final RegionCatalog catalog;
    private final String version;
    private final Clock clock;
    private final Supplier<DemoBackend> demo;
    /**
     * Shared by every real account (connection pool, dispatcher); made when the first one connects,
     * or while the window is shown when a real account opens at start ({@link #prepareFor}), because
     * its TLS set-up reads the JDK's trust store (~100 ms of CPU), which the demo never needs.
     */
    private OkHttpClient http;
    /** The demo's, made once: see {@link #plainHttpOnly()}. */
    private OkHttpClient plain;
    private final ActionJournal journal;

    /** @param demo starts (once) and returns the demo's simulator; called off the FX thread */
    public AccountClients(RegionCatalog catalog, String version, Clock clock, Supplier<DemoBackend> demo) {
        this(catalog, version, clock, demo, ActionJournal.inMemory(clock));
    }

    /** @param journal where every mutating request of every account's client is written before it is sent */
    public AccountClients(RegionCatalog catalog, String version, Clock clock, Supplier<DemoBackend> demo,
                          ActionJournal journal) {
        this.journal = journal;
        this.catalog = catalog;
        this.version = version;
        this.clock = clock;
        this.demo = demo;
    }

    @Override
    public AccountConnection connect(AccountProfile profile, Secret key) {
        JournalingObserver journaling = new JournalingObserver(journal, profile.name());
        if (profile.isDemo()) {
            ConnectionTarget target = demo.get().target();
            return journaled(journaling, new AccountConnection(profile, OkHttpPowerVsClient.create(PowerVsClientConfig
                    .builder(target.apiKey(), version)
                    .iamBaseUrl(target.iamUrl())
                    .urlTemplates(target.publicTemplate(), target.privateTemplate())
                    .httpClient(plainHttpOnly())
                    .mutationObserver(journaling)
                    .regionCatalog(catalog).clock(clock).build()), target.initialRegion()));
        }
        Secret held = Secret.of(key.chars());
        String publicTemplate = profile.apiUrlTemplateOverride().orElse(EndpointUrls.PUBLIC_TEMPLATE);
        String privateTemplate = profile.apiUrlTemplateOverride().orElse(EndpointUrls.PRIVATE_TEMPLATE);
        return journaled(journaling, new AccountConnection(profile, OkHttpPowerVsClient.create(PowerVsClientConfig
                .builder(held::reveal, version)
                .iamBaseUrl(iamUrl(profile))
                .urlTemplates(publicTemplate, privateTemplate)
                .httpClient(httpFor(profile))
                .mutationObserver(journaling)
                .regionCatalog(catalog).clock(clock).build()), DEFAULT_REGION));
    }

    /**
     * Lets the journal check lost answers with the new client, and checks (in the background, so
     * connecting never waits for it) the requests an earlier run of this account left unsettled.
     */
    private static AccountConnection journaled(JournalingObserver journaling, AccountConnection connection) {
        journaling.checkWith(connection.client());
        Thread check = new Thread(journaling::reconcileLeftovers, "pvs-journal-check");
        check.setDaemon(true);
        check.start();
        return connection;
    }

    @Override
    public void signIn(AccountProfile profile, Secret key, CancellationToken cancel) {
        OkHttpClient signInHttp = httpFor(profile).newBuilder().dns(new LoopbackDns())
                .connectTimeout(CONNECT_TIMEOUT).callTimeout(SIGN_IN_TIMEOUT).build();
        CompletableFuture<AccessToken> exchange = new IamTokenClient(signInHttp, iamUrl(profile),
                "pvs-console/" + version, clock).exchange(key.reveal());
        try (CancellationToken.Registration ignored = cancel.onCancel(() -> exchange.cancel(true))) {
            exchange.join(); // the token itself is not kept: the client gets its own when it needs one
        } catch (CancellationException e) {
            throw PowerVsException.builder(ErrorCategory.CANCELLED, IAM_TOKEN, "cancelled").build();
        } catch (CompletionException e) {
            if (e.getCause() instanceof PowerVsException failure) {
                throw failure;
            }
            throw PowerVsException.builder(ErrorCategory.BAD_RESPONSE, IAM_TOKEN, "response.invalid")
                    .cause(e.getCause()).build();
        }
    }

    private static String iamUrl(AccountProfile profile) {
        return profile.iamUrlOverride().orElse(PowerVsClientConfig.DEFAULT_IAM_URL);
    }

    private OkHttpClient httpFor(AccountProfile profile) {
        OkHttpClient shared = http();
        return profile.proxy().map(uri -> shared.newBuilder().proxy(proxy(uri)).build()).orElse(shared);
    }

    private synchronized OkHttpClient http() {
        if (http == null) {
            http = new OkHttpClient();
        }
        return http;
    }

    /**
     * The demo's simulator answers plain HTTP on this machine: a client that speaks nothing else
     * sets up no TLS, so opening the demo does not load the trust store on its start-up path.
     */
    private synchronized OkHttpClient plainHttpOnly() {
        if (plain == null) {
            plain = new OkHttpClient.Builder().connectionSpecs(List.of(ConnectionSpec.CLEARTEXT)).build();
        }
        return plain;
    }

    /**
     * Makes the HTTP client that {@code profile} connects with, if not made yet. Start-up calls it
     * on a background thread while the window is being shown: the first OkHttp client costs 20-30
     * ms of class initialisation (more with TLS), which connecting would otherwise add to the wait
     * for the account's window.
     */
    public void prepareFor(AccountProfile profile) {
        if (profile.isDemo()) {
            plainHttpOnly();
        } else {
            http();
        }
    }

    private static Proxy proxy(URI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(uri.getHost(), port));
    }
}
