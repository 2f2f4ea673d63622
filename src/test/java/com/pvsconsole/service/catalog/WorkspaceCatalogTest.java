package com.pvsconsole.service.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.Crn;
import com.pvsconsole.api.EndpointType;
import com.pvsconsole.api.RegionEndpoint;
import com.pvsconsole.api.WorkspaceContext;
import com.pvsconsole.api.model.PoolSystem;
import com.pvsconsole.api.model.SharedProcessorPool;
import com.pvsconsole.api.model.StorageTier;
import com.pvsconsole.api.model.SystemPool;
import com.pvsconsole.service.inventory.WorkspaceScope;
import com.pvsconsole.service.support.UnsupportedClient;
import com.pvsconsole.service.task.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceCatalogTest {

    private static final WorkspaceScope SCOPE = new WorkspaceScope("acct", new RegionEndpoint("us-south",
            EndpointType.PUBLIC), "ws-1", "ws", "dal10", Crn.of("dal10", "acct", "ws-1"));

    private static SystemPool pool(String type, double cores, long memory) {
        PoolSystem best = new PoolSystem(cores, memory, cores, null, 1L, memory, null, null, null, null);
        return new SystemPool(null, 0.25, 32.0, null, best, best, null, List.of(), type);
    }

    @Test
    void should_offer_only_the_system_types_and_active_tiers_the_workspace_has() {
        Map<String, SystemPool> pools = new LinkedHashMap<>();
        pools.put("s922", pool("s922", 12, 512));
        pools.put("e1080", pool("e1080", 40, 2048));
        UnsupportedClient client = new UnsupportedClient() {
            @Override
            public Map<String, SystemPool> listSystemPools(WorkspaceContext ctx, CancellationToken cancel) {
                return pools;
            }

            @Override
            public List<StorageTier> listStorageTiers(WorkspaceContext ctx, CancellationToken cancel) {
                return List.of(new StorageTier("", "tier3", "active"), new StorageTier("", "tier0", "inactive"),
                        new StorageTier("", "tier1", "active"));
            }
        };
        List<WorkspaceOffer> loaded = new ArrayList<>();

        new WorkspaceCatalog(client, new CurrentThreadTaskExecutor()).offer(SCOPE).onSuccess(loaded::add);

        WorkspaceOffer offer = loaded.get(0);
        assertThat(offer.systemTypes()).extracting(WorkspaceOffer.SystemTypeOffer::type).containsExactly("e1080", "s922");
        assertThat(offer.storageTiers()).containsExactly("tier1", "tier3");
        assertThat(offer.fits("s922", 8, 256)).isTrue();
        assertThat(offer.fits("s922", 16, 256)).as("more cores than one host has left").isFalse();
        assertThat(offer.fits("e980", 1, 8)).as("a type the workspace does not have").isFalse();
    }

    @Test
    void should_not_let_a_pool_shrink_below_what_its_instances_use() {
        SharedProcessorPool pool = new SharedProcessorPool(3.5, 0.5, null, null, null, "s922", null, "p-1", "db_pool",
                4L, List.of(), "active", null, null);

        assertThat(WorkspaceCatalog.reservedCoresProblem(pool, 3)).hasValueSatisfying(v ->
                assertThat(v.key()).isEqualTo("rule.spp.belowAllocated"));
        assertThat(WorkspaceCatalog.reservedCoresProblem(pool, 4)).isEmpty();
    }
}
