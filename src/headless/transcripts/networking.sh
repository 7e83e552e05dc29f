docker network ls
docker network create nw_1
docker network ls
docker network inspect nw_1
docker run --net=nw_1 --name cont_01 -d busybox sleep 100000
docker network inspect nw_1
docker run -d --name cont_02 busybox sleep 100000
docker network connect nw_1 cont_02
docker network inspect nw_1
docker exec -it cont_01 ping 172.18.0.3
docker exec -it cont_02 ping 8.8.8.8
docker network create nw_2
docker run -d --name cont_03 --net nw_2 busybox sleep 10000
docker network inspect nw_2
docker exec -it cont_02 ping 172.19.0.2
docker network connect nw_1 cont_03
docker inspect -f '{{json .NetworkSettings.Networks}}' cont_03
docker exec -it cont_03 ping 172.18.0.3
docker exec cont_01 ping -c 1 cont_03
docker run -d --name c1 busybox sleep 1000
docker run -d --name c2 busybox sleep 1000
docker exec c1 ping -c 1 c2
docker exec c1 ping -c 1 172.17.0.4
ping -c 2 172.17.0.2
ping -c 1 cont_01
docker exec cont_02 cat /etc/hosts
docker exec cont_01 cat /etc/resolv.conf
docker exec c1 cat /etc/resolv.conf
docker exec cont_02 ip a
docker exec cont_01 nslookup cont_02
docker exec cont_01 nslookup c1
docker run --rm --link c1:web busybox env
docker run --rm --link c1:web busybox cat /etc/hosts
docker network create nw_1
docker network rm nw_1
docker network rm bridge
docker network disconnect nw_1 cont_03
docker network disconnect nw_1 cont_03
docker rm -f cont_01 cont_02 cont_03 c1 c2
docker network rm nw_1 nw_2
docker network ls
