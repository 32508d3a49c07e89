package org.ressin.core.net;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ressin.core.eval.CrossValidation;
import org.ressin.core.eval.CvResult;
import org.ressin.core.eval.Grouping;
import org.ressin.core.eval.LossPoint;

/** The paper's Fig. 5 comparison in miniature: EDA only versus fusion, both under subject-grouped CV. */
class ResSinCrossValidationTest {

    @Test
    void edaOnlyVersusFusionBothRunAndExposeLossHistories() {
        // images carry no label information here, the music does: fusion must win
        List<LabeledExample> data = SyntheticImage.examples(48, 8, 16, false, 4, 4, 21);
        // without music dropout: dropped inputs raise the fusion's training loss, which is what is compared here
        NetworkSettings net = NetworkSettings.small().withImageSize(16).withMusicDropout(0);
        TrainingSettings train = TrainingSettings.small().withThreads(1); // the preset's 8 epochs
        List<Integer> foldsReported = new ArrayList<>();

        CvResult edaOnly = CrossValidation.run(data, 3, Grouping.SUBJECT, 5,
                ResSinTrainer.forCrossValidation(net.withFusion(false), train, fold -> TrainingMonitor.NONE));
        CvResult fusion = CrossValidation.run(data, 3, Grouping.SUBJECT, 5,
                ResSinTrainer.forCrossValidation(net, train, fold -> {
                    foldsReported.add(fold);
                    return TrainingMonitor.NONE;
                }));

        assertEquals(List.of(0, 1, 2), foldsReported);
        for (CvResult cv : List.of(edaOnly, fusion)) {
            assertEquals(3, cv.lossHistories().size());
            for (int f = 0; f < 3; f++) {
                int trainSize = cv.folds().get(f).trainSize();
                assertEquals(train.epochs() * ((trainSize + 15) / 16), cv.lossHistories().get(f).size());
            }
            assertEquals(48, cv.pooledConfusion().total());
        }
        double edaLoss = lastEpochLoss(edaOnly.meanLossCurve());
        double fusionLoss = lastEpochLoss(fusion.meanLossCurve());
        assertTrue(fusionLoss < edaLoss - 0.1, "fusion " + fusionLoss + " vs EDA only " + edaLoss);
        assertTrue(fusion.mean().accuracy() >= 0.75, "fusion " + fusion.mean());
        assertTrue(fusion.mean().accuracy() > edaOnly.mean().accuracy(), fusion.mean() + " vs " + edaOnly.mean());
    }

    static double lastEpochLoss(List<LossPoint> curve) {
        return curve.subList(curve.size() - 2, curve.size()).stream().mapToDouble(LossPoint::loss).average().orElseThrow();
    }
}
