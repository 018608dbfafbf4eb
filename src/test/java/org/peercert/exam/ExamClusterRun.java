package org.peercert.exam;

import org.junit.jupiter.api.Test;
import org.peercert.support.BenchTrainees;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The exam benchmark through the proxy in front of two nodes ({@code docker/cluster/two-nodes.sh}
 * starts them and runs this with {@code -Pcluster}): the same load as {@link ExamBenchmark}, sent to
 * {@code cluster.url}, and every acknowledged answer looked up in {@code cluster.db-url} afterwards.
 * The sizes are ExamBenchmark's properties ({@code exam.bench.trainees}, {@code .answers},
 * {@code .cadence}, {@code .start-window}).
 */
class ExamClusterRun {

    private static final String URL = System.getProperty("cluster.url", "http://127.0.0.1:8088");
    private static final String DB_URL = System.getProperty("cluster.db-url", "jdbc:mariadb://127.0.0.1:3306/peercert_cluster");

    @Test
    void traineesSitTheExamAcrossTwoNodes() throws Exception {
        ExamLoad load = new ExamLoad(URL, ExamBenchmark.ANSWERS, ExamBenchmark.CADENCE, ExamBenchmark.START_WINDOW);
        BenchTrainees.ensure(ExamBenchmark.TRAINEES);
        List<org.peercert.exam.BenchTrainees.Trainee> trainees = org.peercert.exam.BenchTrainees.login(load.http(),
                ExamBenchmark.TRAINEES, 4);

        double seconds = load.run(trainees);

        long lost;
        try (Connection connection = DriverManager.getConnection(DB_URL, System.getProperty("cluster.db-user", "root"),
                System.getProperty("cluster.db-password", ""))) {
            lost = load.lostAnswers(connection);
        }
        ExamBenchmark.report("ExamClusterRun", load, seconds, ExamBenchmark.TRAINEES, lost);
        assertEquals(0, load.recorder().errors(), "errors: " + load.recorder().errorSamples());
        assertEquals(0, lost, "answers lost");
        assertEquals((long) ExamBenchmark.TRAINEES * ExamBenchmark.ANSWERS, load.acknowledged(), "answers acknowledged");
    }
}
