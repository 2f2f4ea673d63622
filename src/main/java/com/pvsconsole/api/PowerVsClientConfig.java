package com.pvsconsole.api;

import com.pvsconsole.api.http.RetryPolicy;
import com.pvsconsole.api.http.Sleeper;
import com.pvsconsole.api.region.EndpointUrls;
import com.pvsconsole.api.region.LoopbackDns;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.api.region.RegionDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.Dns;
import okhttp3.OkHttpClient;

/**
 * How to build a client: where IAM and the regional hosts are, the API key source, the product version for
 * {@code User-Agent}, timeouts and retry policy. Defaults target IBM Cloud; tests and the simulator override
 * the URLs. Build with {@link #builder(Supplier, String)}.
 */
public final class PowerVsClientConfig {

    public static final String DEFAULT_IAM_URL = "https://iam.cloud.ibm.com";

    private final String iamBaseUrl;
    private final EndpointUrls endpointUrls;
    private final Supplier<String> apiKey;
    private final String version;
    private final OkHttpClient baseHttpClient;
    private final Dns dns;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final Duration writeTimeout;
    private final RetryPolicy retryPolicy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final MutationObserver mutationObserver;

    private PowerVsClientConfig(Builder b) {
        this.iamBaseUrl = b.iamBaseUrl;
        this.endpointUrls = new EndpointUrls(b.regions, b.publicUrlTemplate, b.privateUrlTemplate);
        this.apiKey = b.apiKey;
        this.version = b.version;
        this.baseHttpClient = b.baseHttpClient;
        this.dns = b.dns;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.callTimeout = b.callTimeout;
        this.writeTimeout = b.writeTimeout;
        this.retryPolicy = b.retryPolicy;
        this.sleeper = b.sleeper;
        this.clock = b.clock;
        this.mutationObserver = b.mutationObserver;
    }

    /**
     * @param apiKey  asked each time a token is needed, so a changed key takes effect without a new client;
     *                the value is never stored or logged by the client
     * @param version the console's version for {@code User-Agent: pvs-console/<version>}
     */
    public static Builder builder(Supplier<String> apiKey, String version) {
        return new Builder(apiKey, version);
    }

    public String iamBaseUrl() {
        return iamBaseUrl;
    }

    public EndpointUrls endpointUrls() {
        return endpointUrls;
    }

    /** The live region catalog: read it for the picker, refresh it from {@code listDatacenters}. */
    public RegionDirectory regions() {
        return endpointUrls.regions();
    }

    public Supplier<String> apiKey() {
        return apiKey;
    }

    public String userAgent() {
        return "pvs-console/" + version;
    }

    public OkHttpClient baseHttpClient() {
        return baseHttpClient;
    }

    public Dns dns() {
        return dns;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration readTimeout() {
        return readTimeout;
    }

    public Duration callTimeout() {
        return callTimeout;
    }

    /**
     * How long a create, update, delete or action may take before the client gives up waiting: minutes, since
     * the service often answers those only once the work is queued. Reads keep {@link #readTimeout}.
     */
    public Duration writeTimeout() {
        return writeTimeout;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public Sleeper sleeper() {
        return sleeper;
    }

    public Clock clock() {
        return clock;
    }

    /** Hears every mutating request (the action journal); {@link MutationObserver#NONE} by default. */
    public MutationObserver mutationObserver() {
        return mutationObserver;
    }

    /** Mutable builder; every setter has a sensible default except the API key and version. */
    public static final class Builder {
        private final Supplier<String> apiKey;
        private final String version;
        private String iamBaseUrl = DEFAULT_IAM_URL;
        private String publicUrlTemplate = EndpointUrls.PUBLIC_TEMPLATE;
        private String privateUrlTemplate = EndpointUrls.PRIVATE_TEMPLATE;
        private RegionDirectory regions;
        private OkHttpClient baseHttpClient;
        private Dns dns = new LoopbackDns();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration callTimeout = Duration.ofSeconds(120);
        private Duration writeTimeout = Duration.ofMinutes(5);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Sleeper sleeper = Sleeper.cancellable();
        private Clock clock = Clock.systemUTC();
        private MutationObserver mutationObserver = MutationObserver.NONE;

        private Builder(Supplier<String> apiKey, String version) {
            this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
            this.version = Objects.requireNonNull(version, "version");
        }

        public Builder iamBaseUrl(String url) {
            this.iamBaseUrl = Objects.requireNonNull(url, "url");
            return this;
        }

        /** Templates with a {@code {region}} placeholder, e.g. {@code http://{region}.localhost:8443}. */
        public Builder urlTemplates(String publicTemplate, String privateTemplate) {
            this.publicUrlTemplate = publicTemplate;
            this.privateUrlTemplate = privateTemplate;
            return this;
        }

        public Builder regionCatalog(RegionCatalog catalog) {
            this.regions = new RegionDirectory(catalog);
            return this;
        }

        /** Share one directory between the client and the rest of the app (picker, refresh). */
        public Builder regions(RegionDirectory directory) {
            this.regions = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** Shares connection pool and dispatcher with the rest of the app; timeouts and DNS are set on a copy. */
        public Builder httpClient(OkHttpClient client) {
            this.baseHttpClient = client;
            return this;
        }

        public Builder dns(Dns dns) {
            this.dns = Objects.requireNonNull(dns, "dns");
            return this;
        }

        public Builder timeouts(Duration connect, Duration read, Duration call) {
            this.connectTimeout = connect;
            this.readTimeout = read;
            this.callTimeout = call;
            return this;
        }

        /** Read and call timeout for POST, PUT and DELETE (default 5 minutes). */
        public Builder writeTimeout(Duration timeout) {
            this.writeTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder mutationObserver(MutationObserver observer) {
            this.mutationObserver = Objects.requireNonNull(observer, "observer");
            return this;
        }

        public PowerVsClientConfig build() {
            if (regions == null) {
                regions = RegionDirectory.offlineDefault();
            }
            if (baseHttpClient == null) {
                baseHttpClient = new OkHttpClient();
            }
            return new PowerVsClientConfig(this);
        }
    }
}
