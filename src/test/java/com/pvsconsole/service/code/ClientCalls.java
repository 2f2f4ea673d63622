package com.pvsconsole.service.code;

import com.pvsconsole.api.CancellationToken;
import com.pvsconsole.api.PowerVsClient;
import com.pvsconsole.api.PowerVsException;
import com.pvsconsole.api.WorkspaceContext;

/** Performs an action with the console's real client, for comparing what it sends with the generated curl. */
final class ClientCalls implements CodeAction.Visitor<Void> {

    private final PowerVsClient client;
    private final WorkspaceContext ctx;
    private final CancellationToken none = CancellationToken.none();

    private ClientCalls(PowerVsClient client, WorkspaceContext ctx) {
        this.client = client;
        this.ctx = ctx;
    }

    /** Sends the action; an error answer is fine here, only the request matters. */
    static void perform(PowerVsClient client, WorkspaceContext ctx, CodeAction action) {
        try {
            action.accept(new ClientCalls(client, ctx));
        } catch (PowerVsException expected) {
            // e.g. 404 for a made-up id: the request was still sent.
        }
    }

    @Override
    public Void visit(CodeAction.CreateInstance a) {
        client.createInstance(ctx, a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.InstancePower a) {
        client.performInstanceAction(ctx, a.instance().id(), a.action(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.ResizeInstance a) {
        client.updateInstance(ctx, a.instance().id(), a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.DeleteInstance a) {
        client.deleteInstance(ctx, a.instance().id(), a.deleteDataVolumes(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.CaptureInstance a) {
        client.captureInstance(ctx, a.instance().id(), a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.CreateVolume a) {
        client.createVolume(ctx, a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.AttachVolume a) {
        client.attachVolume(ctx, a.instance().id(), a.volume().id(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.DetachVolume a) {
        client.detachVolume(ctx, a.instance().id(), a.volume().id(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.UpdateVolume a) {
        client.updateVolume(ctx, a.volume().id(), null, a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.ChangeVolumeTier a) {
        client.performVolumeAction(ctx, a.volume().id(), a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.CloneVolumes a) {
        client.cloneVolumes(ctx, a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.CreateSnapshot a) {
        client.createSnapshot(ctx, a.instance().id(), a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.RestoreSnapshot a) {
        client.restoreSnapshot(ctx, a.instance().id(), a.snapshot().id(), a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.DeleteSnapshot a) {
        client.deleteSnapshot(ctx, a.snapshot().id(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.DeleteVolume a) {
        client.deleteVolume(ctx, a.volume().id(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.CreateNetwork a) {
        client.createNetwork(ctx, a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.DeleteNetwork a) {
        client.deleteNetwork(ctx, a.network().id(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.CreateSshKey a) {
        client.createSshKey(ctx, a.key(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.DeleteSshKey a) {
        client.deleteSshKey(ctx, a.keyName(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.ImportImage a) {
        client.createImage(ctx, a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.DeleteImage a) {
        client.deleteImage(ctx, a.image().id(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.AddNetworkInterface a) {
        var nic = client.createNetworkInterface(ctx, a.network().id(), a.request(), none);
        client.updateNetworkInterface(ctx, a.network().id(), nic.id(),
                com.pvsconsole.api.model.NetworkInterfaceUpdate.attachTo(a.instance().id()), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.RemoveNetworkInterface a) {
        client.updateNetworkInterface(ctx, a.network().id(), a.networkInterface().id(),
                com.pvsconsole.api.model.NetworkInterfaceUpdate.detach(), none);
        client.deleteNetworkInterface(ctx, a.network().id(), a.networkInterface().id(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.SetConsoleLanguage a) {
        client.updateConsoleLanguage(ctx, a.instance().id(), a.code(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.CreatePool a) {
        client.createSharedProcessorPool(ctx, a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.ResizePool a) {
        client.updateSharedProcessorPool(ctx, a.pool().id(), a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.DeletePool a) {
        client.deleteSharedProcessorPool(ctx, a.pool().id(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.CreatePlacementGroup a) {
        client.createPlacementGroup(ctx, a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.DeletePlacementGroup a) {
        client.deletePlacementGroup(ctx, a.group().id(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.PlacementGroupMember a) {
        if (a.add()) {
            client.addPlacementGroupMember(ctx, a.group().id(), a.server().id(), none);
        } else {
            client.removePlacementGroupMember(ctx, a.group().id(), a.server().id(), none);
        }
        return null;
    }

    @Override
    public Void visit(CodeAction.CreateSppPlacementGroup a) {
        client.createSppPlacementGroup(ctx, a.request(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.DeleteSppPlacementGroup a) {
        client.deleteSppPlacementGroup(ctx, a.group().id(), none);
        return null;
    }

    @Override
    public Void visit(CodeAction.SppPlacementGroupMember a) {
        if (a.add()) {
            client.addSppPlacementGroupMember(ctx, a.group().id(), a.pool().id(), none);
        } else {
            client.removeSppPlacementGroupMember(ctx, a.group().id(), a.pool().id(), none);
        }
        return null;
    }

    @Override
    public Void visit(CodeAction.Existing a) {
        String id = a.object().id();
        if (a.definition() instanceof CodeAction.CreateSppPlacementGroup) {
            client.getSppPlacementGroup(ctx, id, none);
            return null;
        }
        if (a.definition() instanceof CodeAction.CreatePlacementGroup) {
            client.getPlacementGroup(ctx, id, none);
            return null;
        }
        if (a.definition() instanceof CodeAction.CreatePool) {
            client.getSharedProcessorPool(ctx, id, none);
            return null;
        }
        if (a.definition() instanceof CodeAction.AddNetworkInterface nic) {
            client.getNetworkInterface(ctx, nic.network().id(), id, none);
        } else if (a.definition() instanceof CodeAction.CreateSnapshot) {
            client.getSnapshot(ctx, id, none);
        } else if (a.definition() instanceof CodeAction.CreateInstance) {
            client.getInstance(ctx, id, none);
        } else if (a.definition() instanceof CodeAction.CreateVolume) {
            client.getVolume(ctx, id, none);
        } else if (a.definition() instanceof CodeAction.CreateNetwork) {
            client.getNetwork(ctx, id, none);
        } else if (a.definition() instanceof CodeAction.ImportImage) {
            client.getImage(ctx, id, none);
        } else {
            // The client lists tenant keys rather than reading one: the generated curl reads the one key.
            client.listSshKeys(ctx, none);
        }
        return null;
    }
}
