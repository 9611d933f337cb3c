package vn.thiduaflow.plan.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The proposed list is made public at the unit for comment before the council decides (công khai danh sách đề nghị
 * để lấy ý kiến): published when the nominations are checked, open for {@code workingDays} working days after the day
 * of publication (the working calendar's days: weekends, public holidays and Tết excluded), the council's
 * vote opening only on the day after the last of them.
 * <pre>
 * publicDisclosure: { workingDays: 10, clause: "Nghị định 98/2023/NĐ-CP Điều 46 khoản 2: …" }
 * </pre>
 * The law requires it for the State's awards (Nghị định 98/2023/NĐ-CP, Art. 46(2): the list made public at least 10
 * working days before the council meets, for the orders and titles of Law 06/2022/QH15 Art. 84(5)); a plan or a unit's
 * regulation (quy chế) may require it for its own awards — the clause says which.
 *
 * @param workingDays how many working days the list stays open for comment, 1–60
 * @param clause the source: the plan's clause or the article relied on
 */
public record DisclosureRule(@NotNull @Positive @Max(60) Integer workingDays, @NotBlank String clause) {}
