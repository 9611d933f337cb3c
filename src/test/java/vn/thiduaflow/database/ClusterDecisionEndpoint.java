package vn.thiduaflow.database;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thiduaflow.award.CommendationDecision;
import vn.thiduaflow.award.DecisionIssuer;
import vn.thiduaflow.award.DecisionIssuer.DecisionRequest;
import vn.thiduaflow.award.DecisionIssuer.Recipient;
import vn.thiduaflow.nomination.NomineeKind;

/**
 * Test code only, and only in a cluster test's node ({@link ClusterNode} with
 * {@code --thiduaflow.test.cluster-decisions=true}; off in every other context, so no test context gets it): issues one
 * commendation decision through the application's own {@link DecisionIssuer} — the register's number, the decision
 * and its award row in one transaction, as the Commendation model's service task does — so that a test can make two
 * nodes issue at the same moment. {@code POST /api/test/cluster/decisions?authority=&year=} (Basic authentication, as
 * all of {@code /api}); answers the number, the symbol and the node.
 */
@RestController
@ConditionalOnProperty(name = "thiduaflow.test.cluster-decisions", havingValue = "true")
class ClusterDecisionEndpoint {

  private final DecisionIssuer issuer;
  private final String node;

  ClusterDecisionEndpoint(DecisionIssuer issuer, @Value("${thiduaflow.node-name:}") String node) {
    this.issuer = issuer;
    this.node = node;
  }

  @PostMapping(path = "/api/test/cluster/decisions", produces = "application/json")
  Map<String, Object> issue(@RequestParam String authority, @RequestParam int year) {
    CommendationDecision d = issuer.issue(new DecisionRequest(authority, "Ủy ban nhân dân xã Thử Nghiệm", "QĐ-UBND",
        LocalDate.of(year, 3, 27), "GIAY_KHEN_CHU_TICH_XA", "Giấy khen của Chủ tịch Ủy ban nhân dân xã", "COMMUNE",
        null, null, "CHỦ TỊCH", "Trần Văn Bình", List.of(new Recipient(NomineeKind.INDIVIDUAL,
            "Người nhận " + node, 1980, "Xã Thử Nghiệm", null, null))), "cluster-test");
    return Map.of("number", d.getNumber(), "symbol", d.getSymbol(), "node", node);
  }
}
