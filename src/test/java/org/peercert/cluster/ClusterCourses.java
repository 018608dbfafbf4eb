package org.peercert.cluster;

import org.peercert.course.CourseFixture;
import org.peercert.course.CourseFolders;
import org.peercert.exam.ExamCourse;

import java.nio.file.Path;

/**
 * The two-node run's courses ({@code docker/cluster/two-nodes.sh} runs this before it starts the
 * nodes, from the repository root): a copy of the shipped courses, the exam benchmark's course and
 * the booking race's course with an oral exam. Prints the folder, which both nodes read.
 */
public final class ClusterCourses {

    private ClusterCourses() {
    }

    public static void main(String[] args) {
        Path root = CourseFolders.copyOfShipped("peercert-cluster-courses-");
        ExamCourse.writeInto(root);
        CourseFixture.writeWithOralExam(root, "oral-race");
        System.out.println(root);
    }
}
