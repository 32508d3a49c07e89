package org.ressin.core.pmemo;

import java.nio.file.Path;
import java.util.List;

/**
 * What a PMEmo folder holds as far as its layout and table headers tell ({@link PmemoDataset#outline(Path)}):
 * no table body has been read, so nothing here says the tables are well-formed.
 *
 * @param root              the folder
 * @param edaSongs          music IDs that have an EDA file, in ID order
 * @param hasSubjectRatings whether a per-subject annotation table was found
 * @param hasFeatures       whether {@code features/static_features.csv} was found
 * @param featureNames      the feature names from its header, in column order; empty without features
 */
public record PmemoOutline(Path root, List<String> edaSongs, boolean hasSubjectRatings, boolean hasFeatures,
                           List<String> featureNames) {

    public PmemoOutline {
        edaSongs = List.copyOf(edaSongs);
        featureNames = List.copyOf(featureNames);
    }
}
