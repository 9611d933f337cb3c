package vn.thiduaflow.council;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import vn.thiduaflow.campaign.Campaign;
import vn.thiduaflow.campaign.CampaignRepository;
import vn.thiduaflow.conference.Conference;
import vn.thiduaflow.conference.ConferenceRepository;
import vn.thiduaflow.nomination.Nomination;
import vn.thiduaflow.nomination.NominationRepository;
import vn.thiduaflow.nomination.NomineeKind;
import vn.thiduaflow.plan.model.NomineeTitle;
import vn.thiduaflow.plan.model.PresentationSource;
import vn.thiduaflow.plan.model.Tier;
import vn.thiduaflow.unit.AdminStructure;
import vn.thiduaflow.unit.UnitLevel;

/**
 * The secret ballot's counters in the database (a JPA slice: the schema from the Flyway migrations on the embedded
 * H2, no engine, no web layer): a ballot adds one to its round's box and nothing elsewhere; an agreement adds one to
 * the nominee's row of that round only; a round or a nominee without a row changes nothing and answers 0, which the
 * ballot service turns into a refusal (no ballot is lost silently or counted twice).
 */
@DataJpaTest
class BallotCountingRepositoryTest {

  @Autowired CampaignRepository campaigns;
  @Autowired ConferenceRepository conferences;
  @Autowired NominationRepository nominations;
  @Autowired BallotBoxRepository boxes;
  @Autowired BallotCountRepository counts;

  private Long conference;
  private Long first;
  private Long second;

  @BeforeEach
  void openRoundOne() {
    Campaign campaign = campaigns.save(new Campaign("van-yen-2020", AdminStructure.THREE_LEVEL, "04", "Huyện Văn Yên",
        UnitLevel.DISTRICT, null, LocalDateTime.of(2020, 2, 1, 8, 0), LocalDateTime.now()));
    conference = conferences.save(new Conference(campaign.getId(), Tier.LOWER, "04558", "Xã An Bình",
        UnitLevel.COMMUNE, "04", "Huyện Văn Yên", false, 40)).getId();
    first = nominations.save(new Nomination(conference, "Nguyễn Văn An", NomineeKind.INDIVIDUAL,
        NomineeTitle.EXEMPLAR, 2019, PresentationSource.RESIDENTIAL_GROUP, false)).getId();
    second = nominations.save(new Nomination(conference, "Thôn Khe Dứa", NomineeKind.COLLECTIVE,
        NomineeTitle.EXEMPLAR, 2018, PresentationSource.RESIDENTIAL_GROUP, false)).getId();
    boxes.save(new BallotBox(conference, 1));
    counts.save(new BallotCount(conference, 1, first));
    counts.save(new BallotCount(conference, 1, second));
  }

  @Test
  void aBallotCountsOnceInItsOwnRound() {
    assertThat(boxes.addBallot(conference, 1)).isEqualTo(1);
    assertThat(boxes.addBallot(conference, 1)).isEqualTo(1);
    assertThat(boxes.ballots(conference, 1)).isEqualTo(2);
    assertThat(boxes.addBallot(conference, 2)).as("round 2 has no box yet").isZero();
    assertThat(boxes.ballots(conference, 2)).isNull();
    assertThat(boxes.ballots(conference, 1)).isEqualTo(2);
  }

  @Test
  void anAgreementCountsForItsNomineeOnly() {
    assertThat(counts.addAgreement(conference, 1, first)).isEqualTo(1);
    assertThat(counts.addAgreement(conference, 1, first)).isEqualTo(1);
    assertThat(counts.addAgreement(conference, 1, second)).isEqualTo(1);
    assertThat(counts.findByConferenceIdAndVoteRoundOrderByNominationId(conference, 1))
        .extracting(BallotCount::getNominationId, BallotCount::getAgreements)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(first, 2), org.assertj.core.groups.Tuple.tuple(second, 1));
  }

  @Test
  void aNomineeNotOnTheRoundsBallotChangesNothing() {
    assertThat(counts.addAgreement(conference, 2, first)).as("round 2 has no rows").isZero();
    assertThat(counts.addAgreement(conference, 1, second + 1000)).as("not on the ballot").isZero();
    assertThat(counts.findByConferenceIdAndVoteRoundOrderByNominationId(conference, 1))
        .extracting(BallotCount::getAgreements).containsOnly(0);
  }
}
