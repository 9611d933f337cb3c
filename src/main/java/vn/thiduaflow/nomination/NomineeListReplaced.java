package vn.thiduaflow.nomination;

import java.util.List;
import java.util.Map;

/**
 * A unit's own nominee list was replaced ({@link NomineeListService#replace}): published synchronously in the same
 * transaction, after the new rows are saved and before the old ones are deleted, so that what belongs to a nominee
 * (its attached files) can follow it to its new row or go with it.
 *
 * @param conferenceId the conference
 * @param successors old nomination id → id of the new row for the same nominee (the same name as the list's rules
 *     compare names: case, accents' encoding and runs of spaces ignored)
 * @param removed old nomination ids of nominees no longer on the list
 */
public record NomineeListReplaced(Long conferenceId, Map<Long, Long> successors, List<Long> removed) {}
