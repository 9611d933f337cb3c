package vn.thiduaflow.plan.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A pilot unit (chỉ đạo điểm): holds its conference first, in its own window, so that the units of its level learn
 * from it (172/KH-UBND §II.2.3; KH TP Lạng Sơn §II.3). In a plan file, a list:
 * <pre>
 * pilots:
 *   - { unitCode: "TQ-SYT", name: "Sở Y tế tỉnh Tuyên Quang", consultUpperCouncil: true, clause: "§II.4",
 *       window: { from: 2025-01-06, to: 2025-02-14, clause: "§II.4: tháng 01 và 02/2025" } }
 *   - unitCode: "072"                  # a district with communes below it (a cascade)
 *     name: "Huyện Na Hang"
 *     window: { from: 2025-01-20, to: 2025-02-21, clause: "§II.4" }
 *     lowerWindow: { from: 2024-11-18, to: 2024-12-27, clause: "§II.4: các xã của huyện điểm xong trong năm 2024" }
 *     consultUpperCouncil: false
 *     clause: "§II.4"
 * </pre>
 * The old single {@code pilot: {…}} still loads, as a one-element list. Checked by {@code PlanReader}: the unit is in
 * the plan's hierarchy below the issuer and takes part, its name matches, no unit twice; the window lies within or
 * before the window of the level it stands at (ends no later than it) — or, as 172/KH-UBND does (Vĩnh Bình Nam early
 * in Q2, after the communes' Q1), wholly after it and within the window of the conference its level reports to; a
 * pilot with units below it that hold conferences (a district in a cascade) starts its window after their window
 * ends — theirs being {@code lowerWindow} when the plan gives them one of their own.
 *
 * @param unitCode code of the pilot unit: an administrative unit of the plan's structure below the issuer (any depth
 *     in a cascade) or the code of one of the plan's {@link Plan#organizations}
 * @param name full name, checked against the unit list (or the organization's name)
 * @param window the pilot's conference window (inclusive)
 * @param consultUpperCouncil the pilot consults the upper council before issuing its plan (172/KH-UBND §II.2.3)
 * @param clause source clause
 * @param lowerWindow the window of the conferences of the units directly below the pilot (a pilot district's
 *     communes), instead of their level's, so the pilot can be held first among its own level; null: their level's
 */
public record PilotRule(
    @NotBlank String unitCode,
    @NotBlank String name,
    @NotNull @Valid DateWindow window,
    boolean consultUpperCouncil,
    @NotBlank String clause,
    @Valid DateWindow lowerWindow) {

  /** A pilot whose units below keep their level's window. */
  public PilotRule(String unitCode, String name, DateWindow window, boolean consultUpperCouncil, String clause) {
    this(unitCode, name, window, consultUpperCouncil, clause, null);
  }
}
