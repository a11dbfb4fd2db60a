# newsflow's image for docker-compose.yml (users with Docker; not built on the development machines).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /opt/newsflow
COPY --from=build /src/app/target/newsflow-app.jar app/target/newsflow-app.jar
COPY --from=build /src/app/target/lib app/target/lib
ENTRYPOINT ["java", "-cp", "app/target/newsflow-app.jar:app/target/lib/*", "newsflow.app.cli.Main"]
