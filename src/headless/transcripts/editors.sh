nano Dockerfile
echo $?
vi Dockerfile
vim Dockerfile
echo FROM busybox | nano Dockerfile
cat > Dockerfile <<'X'
FROM busybox
CMD ["echo", "hi"]
X
cat Dockerfile
which nano vi
docker run -d --name box busybox sleep 1000
docker exec -it box sh
vi /tmp/x
exit
