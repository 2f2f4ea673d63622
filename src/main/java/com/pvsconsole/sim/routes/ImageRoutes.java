package com.pvsconsole.sim.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pvsconsole.sim.http.ApiException;
import com.pvsconsole.sim.http.Reply;
import com.pvsconsole.sim.http.SimRequest;
import com.pvsconsole.sim.state.Workspace;
import java.util.Collection;

/** Workspace images, the stock image catalogue, and import (from stock or object storage) as a job. */
final class ImageRoutes {

    private static final String BASE = "/pcloud/v1/cloud-instances/{cloud_instance_id}";

    private final SimContext ctx;

    ImageRoutes(SimContext ctx) {
        this.ctx = ctx;
    }

    void register(RouteTable table) {
        table.add("GET", BASE + "/images", this::list)
                .add("POST", BASE + "/images", this::create)
                .add("GET", BASE + "/images/{image_id}", this::get)
                .add("DELETE", BASE + "/images/{image_id}", this::delete)
                .add("GET", BASE + "/stock-images", this::stockList)
                .add("GET", BASE + "/stock-images/{image_id}", this::stockGet)
                .add("GET", "/pcloud/v1/images", this::stockList)
                .add("GET", "/pcloud/v1/images/{image_id}", this::stockGet);
    }

    private ObjectNode images(String hrefBase, Collection<ObjectNode> images) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode list = body.putArray("images");
        for (ObjectNode image : images) {
            ObjectNode ref = ctx.schemas().project(image, "ImageReference");
            ref.put("href", hrefBase + image.get("imageID").asText());
            list.add(ref);
        }
        return body;
    }

    private Reply list(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        return Reply.ok(images(ws.href("images", ""), ws.images.values()));
    }

    private Reply get(SimRequest req) {
        return Reply.ok(ctx.workspace(req).image(req.param("image_id")));
    }

    private Reply stockList(SimRequest req) {
        if (req.param("cloud_instance_id") != null) {
            ctx.workspace(req);
        }
        return Reply.ok(images("/pcloud/v1/images/", ctx.state().stockImages.values()));
    }

    private Reply stockGet(SimRequest req) {
        if (req.param("cloud_instance_id") != null) {
            ctx.workspace(req);
        }
        return Reply.ok(ctx.state().stockImage(req.param("image_id")));
    }

    private Reply delete(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        ObjectNode image = ws.image(req.param("image_id"));
        String id = image.get("imageID").asText();
        boolean inUse = ws.instances.values().stream().anyMatch(i -> i.get("imageID").asText().equals(id)
                && i.get("status").asText().equals("BUILD"));
        if (inUse) {
            throw ApiException.badRequest("image " + image.get("name").asText() + " is being deployed; try again later");
        }
        ws.images.remove(id);
        ctx.events().info(ws, "image", "delete", "Deleted image " + image.get("name").asText());
        return Reply.emptyObject(200);
    }

    private Reply create(SimRequest req) {
        Workspace ws = ctx.workspace(req);
        JsonNode body = req.body();
        String name;
        String osType;
        String description;
        if (body.get("source").asText().equals("root-project")) {
            if (!body.hasNonNull("imageID")) {
                throw ApiException.badRequest("imageID is required when source is root-project");
            }
            String stockId = body.get("imageID").asText();
            ObjectNode stock = ctx.state().stockImages.get(stockId);
            if (stock == null) {
                throw ApiException.badRequest("imageID " + stockId + " is not a stock image");
            }
            name = body.path("imageName").asText(stock.get("name").asText());
            osType = stock.path("specifications").path("operatingSystem").asText();
            description = stock.path("description").asText();
        } else {
            // "url" is the only other value the definition allows, and the service deprecated it: COS imports go
            // through POST .../cos-images (a job).
            throw ApiException.unprocessable("the url image source is deprecated; import from Cloud Object Storage "
                    + "with POST /pcloud/v1/cloud-instances/{cloud_instance_id}/cos-images");
        }
        if (ws.images.values().stream().anyMatch(i -> i.get("name").asText().equals(name))) {
            throw ApiException.conflict("an image named " + name + " already exists in this workspace");
        }
        String id = ctx.ids().uuid();
        ObjectNode image = ctx.factory().image(id, name, osType, description, "queued", ctx.now(),
                body.path("diskType").asText("tier3"));
        image.put("crn", ws.resourceCrn("image", id));
        ws.images.put(id, image);
        ObjectNode job = ctx.jobs().start(ws, "imageImport", id, false, ok -> {
            image.put("state", ok ? "active" : "failed");
            image.put("lastUpdateDate", ctx.now());
        });
        ObjectNode taskRef = image.putObject("taskref");
        taskRef.put("taskID", job.get("id").asText());
        taskRef.put("href", ws.href("jobs", job.get("id").asText()));
        return Reply.created(image);
    }
}
