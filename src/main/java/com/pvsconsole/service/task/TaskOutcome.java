package com.pvsconsole.service.task;

/** How a task ended. */
public enum TaskOutcome {
    SUCCEEDED,
    FAILED,
    CANCELLED
}
