package org.dianmifeng.console.activity;

/** What kind of activity: 宣讲, 故事讲演, 文化沙龙, 志愿服务, 培训, 其他 (ACTIVITY.KIND). */
public enum ActivityKind {
    LECTURE,
    STORYTELLING,
    SALON,
    SERVICE,
    TRAINING,
    OTHER
}
