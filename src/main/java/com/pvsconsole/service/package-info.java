/**
 * Background work for the UI: no JavaFX controls, nothing from {@code ui}.
 *
 * <h2>The service convention</h2>
 * <ul>
 * <li><b>One outcome, one handle.</b> A method that starts work with one outcome returns a
 *     {@link com.pvsconsole.service.task.Pending} made by {@code executor.start(task)}; the view-model attaches
 *     what to do: {@code service.delete(scope, key).onDone(...).onFailure(problem -> ...)}. No method takes
 *     success/failure callback pairs. Streams of events (a follow's progress, the inventory's changes) keep
 *     their listener interfaces ({@code ActionListener}, {@code InventoryListener}, {@code Poller.Watcher}).</li>
 * <li><b>The workspace travels with the rows.</b> A public method acting in a workspace is given the workspace of
 *     the rows it acts on: their {@link com.pvsconsole.service.inventory.WorkspaceScope} (account, endpoint,
 *     workspace id and name, zone, CRN). The service derives the client's {@code WorkspaceContext} from it
 *     ({@code scope.context()}); {@code ui} never holds one (an ArchUnit rule checks this). Nothing reads a
 *     "current" workspace.</li>
 * <li><b>Lists come from the store.</b> Instances, volumes and networks of every workspace, and images, SSH
 *     keys, events, jobs, shared processor pools, placement groups and SPP placement groups of the workspaces a view {@linkplain com.pvsconsole.service.inventory.InventoryService#need
 *     needs} them for, are kinds of {@link com.pvsconsole.service.inventory.InventoryService}; services do not
 *     list them on their own. Snapshots are a lazy kind of the store too: listed when a view calls
 *     {@code load(scope, SNAPSHOTS)}, then kept current by the snapshot actions' follows.</li>
 * <li><b>One follow loop.</b> Following something until it settles is {@link com.pvsconsole.service.task.Poller},
 *     its limit a {@code Duration} in {@link com.pvsconsole.service.task.PollSchedule}.</li>
 * </ul>
 */
package com.pvsconsole.service;
