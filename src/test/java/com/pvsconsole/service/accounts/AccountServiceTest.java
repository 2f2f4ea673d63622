package com.pvsconsole.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.ApiOperation;
import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.ErrorCategory;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.model.Workspace;
import com.pvsconsole.api.region.Region;
import com.pvsconsole.api.region.RegionCatalog;
import com.pvsconsole.service.problem.Problem;
import com.pvsconsole.service.support.UnsupportedClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding, discovering and opening accounts, on the same-thread executor with a scripted client. */
class AccountServiceTest {

    private static final RegionCatalog CATALOG = new RegionCatalog(List.of(
            new Region("us-south", "Dallas", "Americas", null, null),
            new Region("eu-de", "Frankfurt", "Europe", null, null),
            new Region("tok", "Tokyo", "Asia Pacific", "jp-tok", null)));

    @TempDir
    Path config;
    private final List<String> notices = new ArrayList<>();
    private final List<Secret> masked = new ArrayList<>();
    private final List<AccountConnection> opened = new ArrayList<>();
    private final List<Optional<FoundWorkspace>> starts = new ArrayList<>();

    /** Answers per region: a list of workspaces, or the failure to throw. */
    private static final class ScriptedClients implements AccountClientFactory {
        final Map<String, Object> byRegion;
        PowerVsException signInFailure;

        ScriptedClients(Map<String, Object> byRegion) {
            this.byRegion = byRegion;
        }

        @Override
        public AccountConnection connect(AccountProfile profile, Secret key) {
            return new AccountConnection(profile, new UnsupportedClient() {
                @Override
                public List<Workspace> listWorkspaces(RegionEndpoint endpoint, CancellationToken cancel) {
                    Object answer = byRegion.get(endpoint.region());
                    if (answer instanceof PowerVsException failure) {
                        throw failure;
                    }
                    @SuppressWarnings("unchecked")
                    List<Workspace> workspaces = (List<Workspace>) answer;
                    return workspaces;
                }
            }, "us-south");
        }

        @Override
        public void signIn(AccountProfile profile, Secret key, CancellationToken cancel) {
            if (signInFailure != null) {
                throw signInFailure;
            }
        }
    }

    private static Workspace workspace(String id) {
        return new Workspace(null, null, id, null, "ws-" + id, "active", "off-premises");
    }

    private static PowerVsException failure(ErrorCategory category, int status, String hintKey) {
        return PowerVsException.builder(category, new ApiOperation("GET", "/v1/workspaces"), hintKey).status(status).build();
    }

    private AccountService service(ScriptedClients clients, AccountRepository repository) {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        return new AccountService(repository, clients, new WorkspaceDiscovery(clients, CATALOG, executor), executor,
                (connection, start) -> {
                    opened.add(connection);
                    starts.add(start);
                }, notices::add, Optional.empty(), masked::add);
    }

    private AccountRepository repository() {
        return new AccountRepository(config, new SessionSecretStore(), Clock.systemUTC());
    }

    private static AccountDraft draft(String name) {
        return new AccountDraft(name, Secret.of(" key-123 "), null, null, null, null);
    }

    /** Records what one add attempt reported. */
    private static final class Recorder implements AccountService.AddListener {
        Problem failure;
        DiscoveryResult result;
        Optional<String> notice;
        int progressCalls;

        @Override
        public void progress(int done, int total) {
            progressCalls++;
        }

        @Override
        public void succeeded(DiscoveryResult discovered) {
        }

        @Override
        public void failed(Problem problem) {
            failure = problem;
        }

        @Override
        public void added(AccountProfile profile, DiscoveryResult discovered, Optional<String> sessionNotice) {
            result = discovered;
            notice = sessionNotice;
        }
    }

    @Test
    void should_find_workspaces_in_every_region_treat_missing_endpoints_as_empty_and_open_the_first() {
        // given an account with workspaces in two regions; Tokyo has no endpoint (404)
        AccountRepository repository = repository();
        AccountService accounts = service(new ScriptedClients(Map.of("us-south", List.of(workspace("a")),
                "eu-de", List.of(workspace("b"), workspace("c")),
                "tok", failure(ErrorCategory.NOT_FOUND, 404, "status.404"))), repository);
        Recorder recorder = new Recorder();

        // when it is added
        accounts.add(draft("Prod"), recorder);

        // then three workspaces were found, no region counts as unreachable, the account is saved and open
        assertThat(recorder.failure).isNull();
        assertThat(recorder.result.workspaces()).extracting(FoundWorkspace::region)
                .containsExactly("us-south", "eu-de", "eu-de");
        assertThat(recorder.result.unreachableRegions()).isEmpty();
        assertThat(recorder.notice).contains(SecretStoreFactory.SESSION_ONLY_NOTICE);
        assertThat(recorder.progressCalls).isEqualTo(1 + 1 + CATALOG.regions().size());
        assertThat(repository.list()).extracting(AccountProfile::name).containsExactly("Demo", "Prod");
        assertThat(accounts.current().name()).isEqualTo("Prod");
        assertThat(starts).singleElement().satisfies(start -> assertThat(start.orElseThrow().workspace().id())
                .isEqualTo("a"));
    }

    @Test
    void should_report_a_region_that_failed_but_still_add_the_account() {
        // given Frankfurt answering 500
        AccountRepository repository = repository();
        AccountService accounts = service(new ScriptedClients(Map.of("us-south", List.of(workspace("a")),
                "eu-de", failure(ErrorCategory.SERVER, 500, "status.500"), "tok", List.of())), repository);
        Recorder recorder = new Recorder();

        // when the account is added
        accounts.add(draft("Prod"), recorder);

        // then it is added, and Frankfurt is named as not checked
        assertThat(recorder.result.unreachableRegions()).containsOnlyKeys("eu-de");
        assertThat(repository.list()).hasSize(2);
    }

    @Test
    void should_fail_with_iams_reason_and_save_nothing_when_the_key_is_refused() {
        // given IAM refusing the key
        AccountRepository repository = repository();
        ScriptedClients clients = new ScriptedClients(Map.of());
        clients.signInFailure = PowerVsException.builder(ErrorCategory.AUTH, new ApiOperation("POST", "/identity/token"),
                "iam.key_rejected").status(400).build();
        AccountService accounts = service(clients, repository);
        Recorder recorder = new Recorder();

        // when the account is added
        accounts.add(draft("Prod"), recorder);

        // then the failure carries the catalog's title and nothing was saved or opened
        assertThat(recorder.failure.title()).isEqualTo("API key not accepted");
        // and the typed key is masked in the logs all the same: it was sent, and may be one typo from a real one
        assertThat(masked).extracting(Secret::reveal).containsExactly(draft("Prod").trimmedKey().reveal());
        assertThat(recorder.result).isNull();
        assertThat(repository.list()).hasSize(1);
        assertThat(opened).isEmpty();
    }

    @Test
    void should_fail_when_no_region_can_be_asked() {
        // given every region failing with a network error
        PowerVsException down = failure(ErrorCategory.NETWORK, 0, "network.refused");
        AccountService accounts = service(new ScriptedClients(Map.of("us-south", down, "eu-de", down, "tok", down)),
                repository());
        Recorder recorder = new Recorder();

        // when the account is added
        accounts.add(draft("Prod"), recorder);

        // then the network problem is reported
        assertThat(recorder.failure.title()).isEqualTo("Connection refused");
        assertThat(recorder.result).isNull();
    }

    @Test
    void should_open_the_demo_and_say_why_when_a_saved_accounts_key_is_gone() throws Exception {
        // given a saved account whose key was kept for one session only (a new, empty store now)
        AccountRepository first = repository();
        AccountProfile prod = AccountProfile.newIbmCloud("Prod", null, null, null, null);
        first.add(prod, Secret.of("key-123"));
        AccountService accounts = service(new ScriptedClients(Map.of()), repository());

        // when the console starts on it
        accounts.start(new StartupAccount.Stored(prod));

        // then the user is told and the demo opens instead
        assertThat(notices).singleElement().asString().contains("no longer stored");
        assertThat(opened).extracting(c -> c.profile().isDemo()).containsExactly(true);
        assertThat(accounts.current().isDemo()).isTrue();
    }
}
