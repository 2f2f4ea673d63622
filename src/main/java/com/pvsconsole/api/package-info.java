/**
 * The Power Virtual Server API client: no JavaFX, nothing from the other layers.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * PowerVsClientConfig config = PowerVsClientConfig.builder(apiKeySupplier, buildInfo.version())
 *         .iamBaseUrl("http://127.0.0.1:8443")                       // default https://iam.cloud.ibm.com
 *         .urlTemplates("http://{region}.localhost:8443",            // default https://{region}.power-iaas.cloud.ibm.com
 *                       "http://private.{region}.localhost:8443")    // default https://private.{region}.power-iaas...
 *         .build();
 * PowerVsClient client = OkHttpPowerVsClient.create(config);
 *
 * RegionEndpoint dallas = RegionEndpoint.publicEndpoint("us-south");
 * for (Workspace ws : client.listWorkspaces(dallas, cancel)) {
 *     WorkspaceContext ctx = WorkspaceContext.forWorkspace(dallas, ws);
 *     List<PvmInstanceReference> servers = client.listInstances(ctx, cancel);
 * }
 * }</pre>
 *
 * <h2>Contract</h2>
 * <ul>
 * <li>Methods block; run them off the FX thread. {@link com.pvsconsole.api.CancellationToken#cancel()} aborts
 *     the socket, a retry wait or a token wait, and the method throws with category CANCELLED.</li>
 * <li>Every failure is a {@link com.pvsconsole.api.PowerVsException}: {@code category()} says how to react,
 *     {@code summary(HintCatalog)} gives the words for the user (title, hint, server message).</li>
 * <li>GETs are retried on 408, 429, 500, 502, 503, 504 and I/O errors; POST, PUT and DELETE never are. A 401
 *     leads to one token refresh and one replay.</li>
 * <li>Model records in {@code api.model} use the wire names of the definition; request records have builders.</li>
 * </ul>
 */
package com.pvsconsole.api;
