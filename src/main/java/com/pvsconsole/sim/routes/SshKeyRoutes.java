package com.pvsconsole.sim.routes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import com.pvsconsole.sim.http.Reply;
import com.pvsconsole.sim.http.SimRequest;

/** The tenant's SSH keys, shared by all workspaces of the account. */
final class SshKeyRoutes {

    private static final String BASE = "/pcloud/v1/tenants/{tenant_id}/sshkeys";

    private final SimContext ctx;

    SshKeyRoutes(SimContext ctx) {
        this.ctx = ctx;
    }

    void register(RouteTable table) {
        table.add("GET", BASE, this::list)
                .add("POST", BASE, this::create)
                .add("GET", BASE + "/{sshkey_name}", this::get)
                .add("PUT", BASE + "/{sshkey_name}", this::update)
                .add("DELETE", BASE + "/{sshkey_name}", this::delete);
    }

    private void checkTenant(SimRequest req) {
        if (!req.param("tenant_id").equals(ctx.state().accountId())) {
            throw ApiException.notFound("tenant", req.param("tenant_id"));
        }
    }

    private ObjectNode key(SimRequest req) {
        checkTenant(req);
        ObjectNode key = ctx.state().sshKeys.get(req.param("sshkey_name"));
        if (key == null) {
            throw ApiException.notFound("SSH key", req.param("sshkey_name"));
        }
        return key;
    }

    private Reply list(SimRequest req) {
        checkTenant(req);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode keys = body.putArray("sshKeys");
        ctx.state().sshKeys.values().forEach(keys::add);
        return Reply.ok(body);
    }

    private Reply get(SimRequest req) {
        return Reply.ok(key(req));
    }

    private Reply create(SimRequest req) {
        checkTenant(req);
        String name = req.body().get("name").asText();
        if (ctx.state().sshKeys.containsKey(name)) {
            throw ApiException.conflict("an SSH key named " + name + " already exists");
        }
        String material = req.body().get("sshKey").asText();
        if (!material.matches("^(ssh-rsa|ssh-ed25519|ecdsa-sha2-nistp\\d+) [A-Za-z0-9+/=]+.*")) {
            throw ApiException.badRequest("sshKey is not an OpenSSH public key (ssh-rsa, ssh-ed25519 or ecdsa-...)");
        }
        ObjectNode key = JsonNodeFactory.instance.objectNode();
        key.put("name", name);
        key.put("sshKey", material);
        key.put("creationDate", ctx.now());
        ctx.state().sshKeys.put(name, key);
        return Reply.created(key);
    }

    private Reply update(SimRequest req) {
        ObjectNode key = key(req);
        String newName = req.body().get("name").asText();
        key.put("sshKey", req.body().get("sshKey").asText());
        if (!newName.equals(key.get("name").asText())) {
            ctx.state().sshKeys.remove(key.get("name").asText());
            key.put("name", newName);
            ctx.state().sshKeys.put(newName, key);
        }
        return Reply.ok(key);
    }

    private Reply delete(SimRequest req) {
        ObjectNode key = key(req);
        ctx.state().sshKeys.remove(key.get("name").asText());
        return Reply.emptyObject(200);
    }
}
