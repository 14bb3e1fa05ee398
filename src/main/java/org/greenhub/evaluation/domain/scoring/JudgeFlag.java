package org.greenhub.evaluation.domain.scoring;

/** Warnings about a judge's way of scoring. */
public enum JudgeFlag {
    /** The judge gave the same total to two or more entries and nothing else: their scores do not separate entries. */
    NO_SPREAD
}
