package com.pvsconsole.service.task;

/** The body of a background task: runs off the UI thread and may block on I/O. */
@FunctionalInterface
public interface TaskWork<T> {

    T run(TaskContext context) throws Exception;
}
