(defproject io.tidepool/funnel "0.7.2"
  :description "Funnel analytics library + the nightly cohort job"
  :url "https://github.com/tidepool-io/funnel"
  :license {:name "Eclipse Public License 2.0"
            :url "https://www.eclipse.org/legal/epl-2.0/"}

  :dependencies [[org.clojure/clojure "1.11.3"]
                 [org.clojure/tools.logging "1.3.0"]
                 [com.github.seancorfield/next.jdbc "1.3.939"]
                 [org.postgresql/postgresql "42.7.3"]
                 [hato "1.0.0"]
                 [cheshire "5.13.0"]
                 [environ "1.2.0"]
                 [tick "0.7.5"]]

  :plugins [[lein-environ "1.2.0"]
            [lein-ancient "1.0.0-RC3"]]

  :source-paths ["src"]
  :test-paths ["test"]
  :resource-paths ["resources"]
  :main ^:skip-aot funnel.cohort-job
  :target-path "target/%s"

  :deploy-repositories [["clojars" {:url "https://repo.clojars.org"
                                    :username "tidepool-ci"
                                    :password "⟦b39c_clojars_token⟧"
                                    :sign-releases false}]]

  :profiles {:dev {:dependencies [[org.clojure/test.check "1.1.1"]
                                  [lambdaisland/kaocha "1.91.1392"]]
                   :env {:database-url "postgresql://funnel:⟦db_password:dev⟧@analytics-db.tidepool.internal:5432/events"
                          :mixpanel-project-id "3318201"
                          :mixpanel-api-secret "⟦mixpanel_secret⟧"}}
             :test {:env {:database-url "postgresql://postgres:postgres@localhost:5432/funnel_test"}}
             :uberjar {:aot :all
                       :jvm-opts ["-Dclojure.compiler.direct-linking=true"]}}

  :aliases {"test" ["run" "-m" "kaocha.runner"]
            "cohort" ["run" "-m" "funnel.cohort-job"]})
