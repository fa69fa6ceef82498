package org.fivetype.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fivetype.composite.Recipe;
import org.fivetype.composite.RecipeResult;
import org.fivetype.composite.Table;

/**
 * Runs the ASEM recipe ({@code asem/asem-recipe.json}) on the published ASEM data and prints the
 * top 10 of the index. Argument: the folder of the ASEM conformance data (not part of the
 * repository; the README says where the build finds it).
 */
public final class AsemExample {
  private AsemExample() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: AsemExample DIR (the folder of the ASEM conformance data)");
      System.exit(3);
    }
    Path dir = Path.of(args[0]);
    Recipe recipe;
    try (InputStream in = AsemExample.class.getResourceAsStream("/asem/asem-recipe.json")) {
      JsonNode tree = new ObjectMapper().readTree(in);
      recipe = Recipe.fromJson(tree, "asem-recipe.json");
    }
    List<String[]> rows = new ArrayList<>();
    String[] header;
    try (BufferedReader r = Files.newBufferedReader(dir.resolve("input_csv/IndData.csv"),
        StandardCharsets.UTF_8)) {
      header = r.readLine().split(",", -1);
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split(",", -1)); // IndData.csv has no quoted fields
        }
      }
    }
    List<String> head = List.of(header);
    List<String> units = rows.stream().map(x -> x[head.indexOf("UnitCode")]).toList();
    Map<String, double[]> cols = new LinkedHashMap<>();
    for (Recipe.Indicator i : recipe.indicators()) {
      int c = head.indexOf(i.code());
      cols.put(i.code(), rows.stream()
          .mapToDouble(x -> x[c].isEmpty() ? Double.NaN : Double.parseDouble(x[c])).toArray());
    }
    int g = head.indexOf("Group_GDP");
    RecipeResult result = recipe.run(Table.of(units, cols),
        Map.of("Group_GDP", rows.stream().map(x -> x[g]).toList()));
    Map<String, Integer> places = result.places("Index");
    System.out.println(recipe.name());
    System.out.printf(java.util.Locale.ROOT, "%-4s  %-5s %7s %7s %7s%n", "Rank", "Unit", "Index", "Conn", "Sust");
    places.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(10).forEach(e ->
        System.out.printf(java.util.Locale.ROOT, "%4d  %-5s %7.2f %7.2f %7.2f%n", e.getValue(), e.getKey(),
            result.aggregated().value(e.getKey(), "Index"),
            result.aggregated().value(e.getKey(), "Conn"),
            result.aggregated().value(e.getKey(), "Sust")));
  }
}
