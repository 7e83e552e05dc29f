docker run --name postgres_container -d -p 5432:5432 postgres
sleep 2
docker exec -it postgres_container bash
psql -U postgres
\l
CREATE DATABASE test_db;
\c test_db
CREATE TABLE company(id SERIAL, name char(50));
INSERT INTO company(name) VALUES('Big Idea Software');
SELECT * FROM company;
SELECT * FROM nope;
\dt
\q
exit
docker stop postgres_container
docker start postgres_container
sleep 1
docker exec -it postgres_container psql -U postgres -d test_db
SELECT name FROM company;
\q
docker rm -f postgres_container
docker run --name pg2 -d -v pgdata:/var/lib/postgresql/data postgres
sleep 2
docker exec -it pg2 psql -U postgres
CREATE TABLE kept(x int); INSERT INTO kept VALUES (42);
\q
docker rm -f pg2
docker run --name pg3 -d -v pgdata:/var/lib/postgresql/data postgres
sleep 1
docker exec -it pg3 psql -U postgres
TABLE kept;
\q
