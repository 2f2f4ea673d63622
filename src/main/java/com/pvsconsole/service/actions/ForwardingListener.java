package com.pvsconsole.service.actions;

import com.pvsconsole.api.model.PvmInstance;

/** Passes every event on to a delegate; subclasses intercept the ones they care about. */
class ForwardingListener implements ActionListener {

    private final ActionListener delegate;

    ForwardingListener(ActionListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void instanceBusy(String instanceId, InstanceActionKind kind) {
        delegate.instanceBusy(instanceId, kind);
    }

    @Override
    public void instanceUpdated(PvmInstance instance) {
        delegate.instanceUpdated(instance);
    }

    @Override
    public void instanceSettled(String instanceId, String status, boolean error) {
        delegate.instanceSettled(instanceId, status, error);
    }

    @Override
    public void instanceStillChanging(String instanceId, String lastStatus) {
        delegate.instanceStillChanging(instanceId, lastStatus);
    }

    @Override
    public void instanceGone(String instanceId) {
        delegate.instanceGone(instanceId);
    }

    @Override
    public void actionFinished(BulkResult result) {
        delegate.actionFinished(result);
    }
}
