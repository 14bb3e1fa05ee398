package org.greenhub.evaluation.application;

/**
 * Whether a judge may score (and so see) a subject in a round. Every judge-facing read and write asks this one
 * question, so who may judge what is decided in one replaceable bean (conflicts of interest plug in here).
 * A "no" must be answered to the judge exactly like a record that does not exist.
 */
public interface JudgeAccess {

    boolean mayScore(long roundId, long subjectId, long judgeId);
}
